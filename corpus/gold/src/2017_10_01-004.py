"""Deux femmes tuées à la gare de Saint-Charles à Marseille (2017-10-01)."""
from goldlib import Doc

d = Doc('2017_10_01-004', '2017-10-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-10-01'
Q('Deux', 'count', 2, 'femme', f=('KILL', 'Marseille', 'FR', T))
Q('1er octobre 2017', 'date', T)
Q('un', 'count', 1, 'homme', at='en France, ', optional=True, f=('KILL', 'Marseille', 'FR', T))
Q('30 ans', 'age', 30, 'year')
Q('deux', 'count', 2, 'passant', f=('KILL', 'Marseille', 'FR', T))
Q('vers 13 h 45', 'time', '13:45', approx='approx')
Q('vers 17 h 00', 'time', '17:00', approx='approx')

if __name__ == '__main__':
    d.write()
