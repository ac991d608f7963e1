"""Espace : découverte de sept galaxies naines (2017-01-31)."""
from goldlib import Doc

d = Doc('2017_01_31-005', '2017-01-31', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-23'  # the discovery
Q('sept', 'count', 7, 'galaxie', at=0, f=('OTHER', None, None, D))
Q('31 janvier 2017', 'date', '2017-01-31')
Q('23 janvier dernier', 'date', D)
Q('sept', 'count', 7, 'groupe', at='la découverte de ', f=('OTHER', None, None, D))
Q('de trois à cinq', 'count', 3, 'galaxie', approx='range', value_max=5, f=('OTHER', None, None, None))
Q('10 à 1 000 fois', 'number', 10, approx='range', value_max=1000)
Q('entre 200 millions (2.10 8 ) et 650 millions (6,5.10 8 ) d’ années-lumière', 'measure',
  200000000, 'ly', approx='range', value_max=650000000)
Q('deux par deux', 'number', 2, optional=True)

if __name__ == '__main__':
    d.write()
