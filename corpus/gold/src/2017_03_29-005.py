"""Découverte de l'étoile la plus près d'un trou noir jamais observée (2017-03-29)."""
from goldlib import Doc

d = Doc('2017_03_29-005', '2017-03-29', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "47 Tuc X9" is a name/identifier: not a quantity. No count or money: no facts.
Q('29 mars 2017', 'date', '2017-03-29')
Q('environ 950 000 km', 'measure', 950000, 'km', approx='approx')
Q('un peu plus de deux fois', 'number', 2, approx='min')   # multiplier, span with "fois"
Q('environ 15 000 années-lumière', 'measure', 15000, 'ly', approx='approx')
Q('premier', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
