"""Astronomie : les trous noirs supermassifs plus gourmands que ce que l'on croyait (2017-03-07)."""
from goldlib import Doc

d = Doc('2017_03_07-001', '2017-03-07', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "[1]" is a footnote mark and "F01004-2237" a galaxy identifier: not quantities.
# "un de ces trous noirs", "une étoile", "une galaxie": not counts.
Q('7 mars 2017', 'date', '2017-03-07')
Q('2000', 'date', '2000', at='en ')
Q('2015', 'date', '2015')
Q('10 000 ans', 'duration', 'P10000Y')

if __name__ == '__main__':
    d.write()
