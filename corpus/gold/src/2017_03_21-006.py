"""France : découverte de tablettes datant de 14 000 ans dans le Finistère (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-006', '2017-03-21', 'test', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('14 000 ans', 'duration', 'P14000Y', at=0)
Q('21 mars 2017', 'date', '2017-03-21')
Q('45', 'count', 45, 'fragment', f=('OTHER', 'Plougastel-Daoulas', 'FR', None))
Q('14 000 ans', 'duration', 'P14000Y', at=1)
Q('90 m', 'measure', 90, 'm')
Q('50 km', 'measure', 50, 'km')
Q('2', 'count', 2, 'pièce', at='Les ', f=O)
Q('premier', 'ordinal', 1, at='leur ', optional=True)
Q('deux', 'count', 2, 'tête', f=O)
Q('premier', 'ordinal', 1, at='au ', optional=True)
Q('15 000 ans', 'duration', 'P15000Y')
Q('35 000 ans', 'duration', 'P35000Y')
Q("l'été", 'date', '2017-06', approx='range', value_max='2017-09', optional=True)

if __name__ == '__main__':
    d.write()
