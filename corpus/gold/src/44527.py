"""Proche-Orient : Yasser Arafat serait mort d'un empoisonnement au polonium, selon un reportage (2012-07-04)."""
from goldlib import Doc

d = Doc('44527', '2012-07-04', 'ner-dev', numbers=False)

d.ent('Proche-Orient', 'LOC')
d.ents('Yasser Arafat', 'PER')
d.ents('Souha Arafat', 'PER')
d.ents('Al Jazeera', 'ORG')
d.ents('Autorité palestinienne', 'ORG')
d.ent('Suisse', 'LOC')
d.ent('Alexandre Litvinenko', 'PER')
d.ent('Londres', 'LOC')
d.ent('Rafic Hariri', 'PER')

if __name__ == '__main__':
    d.write()
