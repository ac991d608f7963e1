"""Québec : un spectacle multimédia sur le Titanic et l'Empress of Ireland au Site historique maritime de la Pointe-au-Père en 2012 (2012-06-10)."""
from goldlib import Doc

d = Doc('44504', '2012-06-10', 'ner-test', numbers=False)

d.ents('Québec', 'LOC')
d.ents('Titanic', 'PRODUCT')
d.ents('Empress of Ireland', 'PRODUCT')
d.ents('Empress', 'PRODUCT')
d.ents('Site historique maritime de la Pointe-au-Père', 'LOC')
d.ent('William Clark', 'PER')
d.ent('Storstad', 'PRODUCT')
d.ent('Idées au cube', 'ORG')
d.ent('Montréal', 'LOC')

if __name__ == '__main__':
    d.write()
