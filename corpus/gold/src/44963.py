"""Birmanie : abolition de la censure (2012-08-20)."""
from goldlib import Doc

d = Doc('44963', '2012-08-20', 'ner-test', numbers=False)

d.ents('Birmanie', 'LOC')
d.ent("ministère de l'Information", 'ORG')
d.ent('Reporters sans frontières', 'ORG')
d.ent('Aung San Suu Kyi', 'PER')

if __name__ == '__main__':
    d.write()
