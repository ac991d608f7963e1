"""Iran : manifestation anti-américaine dans la capitale (2012-11-02)."""
from goldlib import Doc

d = Doc('45635', '2012-11-02', 'ner-test', numbers=False)

d.ents('Iran', 'LOC')
d.ents('Téhéran', 'LOC')
d.ents('Etats-Unis', 'LOC')
d.ent('Washington', 'LOC')
d.ent('Ali Khamenei', 'PER')
d.ent('Khomeini', 'PER')
d.ent('Basij', 'ORG')
d.ent('Corps des gardiens de la révolution islamique', 'ORG')
d.ent('Pasdaran', 'ORG')

if __name__ == '__main__':
    d.write()
