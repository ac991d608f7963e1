"""France : des militaires trouvent la mort dans une avalanche en Savoie (2017-01-21)."""
from goldlib import Doc

d = Doc('2017_01_21-010', '2017-01-21', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-18'
COL = ('col du Petit Argentier', 'FR', D)
Q('21 janvier 2017', 'date', '2017-01-21')
Q('mercredi 18 janvier 2017', 'date', D)
Q('six', 'count', 6, 'militaire', f=('KILL', 'Savoie', 'FR', D))
Q('21 à 33 ans', 'age', 21, 'year', approx='range', value_max=33)
Q('51', 'count', 51, 'militaire', f=('PARTICIPATE',) + COL)
Q('2 e', 'ordinal', 2, optional=True)   # inside the regiment's name
Q('trois', 'count', 3, 'chef', at='encadrés par ', f=('PARTICIPATE',) + COL)
Q('une trentaine', 'count', 30, 'militaire', approx='approx', f=('AFFECT',) + COL)
Q('3', 'number', 3, at='important de ')
Q('5', 'number', 5, at='3 sur ')
Q('2200 m', 'measure', 2200, 'm')
Q('trois jours', 'duration', 'P3D')
Q('Trois', 'count', 3, 'skieur', f=('KILL', 'Deux Alpes', 'FR', None))
Q('deux', 'count', 2, 'lycéen', at='dont ', f=('KILL', 'Deux Alpes', 'FR', None))

if __name__ == '__main__':
    d.write()
