"""France : pour Montebourg, le nucléaire est une « filière d'avenir » (2012-08-27)."""
from goldlib import Doc

d = Doc('44999', '2012-08-27', 'ner-dev', numbers=False)

d.ent('France', 'LOC')
d.ents('Arnaud Montebourg', 'PER')
d.ent('A. Montebourg', 'PER')
d.ent('Montebourg', 'PER', at='pour ')
d.ent('BFM TV', 'ORG')
d.ent('Europe Écologie Les Verts', 'ORG')
d.ent('EELV', 'ORG')
d.ent('AFP', 'ORG')
d.ent('Jean-Philippe Magnen', 'PER')
d.ent('François Hollande', 'PER')
d.ent('PS', 'ORG')
d.ent('Manuel Valls', 'PER')
d.ent('Europe 1', 'ORG')

if __name__ == '__main__':
    d.write()
