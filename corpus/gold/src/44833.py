"""Croatie : publication des noms des plus gros fraudeurs (2012-08-01)."""
from goldlib import Doc

d = Doc('44833', '2012-08-01', 'ner-test', numbers=False)

d.ents('Croatie', 'LOC')
d.ent('Zlatko Zeljko', 'PER')

if __name__ == '__main__':
    d.write()
