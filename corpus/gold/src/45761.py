"""Québec : un sommet sur l'Enseignement supérieur se tiendra en février 2013 (2012-11-10)."""
from goldlib import Doc

d = Doc('45761', '2012-11-10', 'ner-dev', numbers=False)

d.ent('Assemblée nationale du Québec', 'ORG')
d.ents('Québec', 'LOC')
d.ents('Parti québécois', 'ORG')
d.ent("sommet sur l'Enseignement supérieur", 'EVENT', optional=True)
d.ent("Sommet sur l'enseignement supérieur", 'EVENT')
d.ent('Pierre Duchesne', 'PER')
d.ents('Pauline Marois', 'PER')

if __name__ == '__main__':
    d.write()
