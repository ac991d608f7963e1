"""Îles Baléares : le Parti populaire exclut le député Antoni Pastor pour avoir défendu la langue catalane (2012-08-22)."""
from goldlib import Doc

d = Doc('44975', '2012-08-22', 'ner-test', numbers=False)

d.ent('Îles Baléares', 'LOC')
d.ents('Parti populaire', 'ORG')
d.ents('Antoni Pastor', 'PER')
d.ent('Espagne', 'LOC')
d.ent('Manacor', 'LOC')
d.ent('José Ramón Bauzà', 'PER')
d.ents('PP', 'ORG')
d.ent('France', 'LOC')
d.ent('Nicolas Sarkozy', 'PER')

if __name__ == '__main__':
    d.write()
