"""Québec : le musée Pointe-à-Callière de Montréal inaugure son nouveau pavillon avec une exposition sur la civilisation étrusque (2012-06-27)."""
from goldlib import Doc

d = Doc('44388', '2012-06-27', 'ner-test', numbers=False)

d.ents('Québec', 'LOC')
d.ents('Pointe-à-Callière', 'ORG')
d.ents('Montréal', 'LOC')
d.ent('Maison-des-Marins', 'LOC')
d.ent('Toscane', 'LOC')
d.ent('empire romain', 'LOC', optional=True)

if __name__ == '__main__':
    d.write()
