"""Élection présidentielle américaine de 2012 : Obama et Romney s'affrontent sur le chômage (2012-11-02)."""
from goldlib import Doc

d = Doc('45643', '2012-11-02', 'ner-test', numbers=False)

d.ent('Élection présidentielle américaine de 2012', 'EVENT', optional=True)
d.ents('Barack Obama', 'PER')
d.ents('B. Obama', 'PER')
d.ents('Obama', 'PER')
d.ents('Mitt Romney', 'PER')
d.ents('Romney', 'PER')
d.ents('Ohio', 'LOC')
d.ent('Hilliard', 'LOC')
d.ent('Columbus', 'LOC')
d.ent('Wisconsin', 'LOC')
d.ent('Maison Blanche', 'LOC')
d.ent('RealClearPolitics', 'ORG')
d.ent('Sandy', 'EVENT')
d.ent('Des Moines', 'LOC')
d.ent('Iowa', 'LOC')
d.ent('Hillary Clinton', 'PER')
d.ent('Bruce Springsteen', 'PER')

if __name__ == '__main__':
    d.write()
