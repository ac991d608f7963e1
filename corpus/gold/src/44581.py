"""Jean-Marie Le Pen traite sa fille de « petite-bourgeoise » (2012-07-06)."""
from goldlib import Doc

d = Doc('44581', '2012-07-06', 'ner-dev', numbers=False)

d.ents('Jean-Marie Le Pen', 'PER')
d.ents('Marine Le Pen', 'PER')
d.ent('Marine', 'PER', at='milieu populaire et ')
d.ent('Times', 'PRODUCT')
d.ent('Front national', 'ORG')
d.ent('Jean-Luc Mélenchon', 'PER')
d.ent('Front de gauche', 'ORG')
d.ents('Montretout', 'LOC')
d.ent('Hauts-de-Seine', 'LOC')
d.ent('Nadine Morano', 'PER')
d.ents('UMP', 'ORG')
d.ent('Christian Jacob', 'PER')
d.ent('Assemblée nationale', 'ORG')
d.ent('Saint-Cloud', 'LOC')
d.ent('France', 'LOC')
d.ent('Dassault', 'PER')
d.ent('Fabius', 'PER')

if __name__ == '__main__':
    d.write()
