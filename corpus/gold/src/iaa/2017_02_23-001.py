"""Sept exoplanètes de la taille de la Terre découvertes par la NASA (2017-02-23)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_02_23-001', '2017-02-23', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)   # planets discovered/counted: no event of the table, no place, no date
Q('Sept', 'count', 7, 'exoplanète', f=O)   # headline
Q('23 février 2017', 'date', '2017-02-23')
Q('au moins sept', 'count', 7, 'planète', approx='min', f=O)
Q('Trois', 'count', 3, 'planète', f=O)   # "Trois d'entre elles"
Q('environ 39 années-lumière', 'measure', 39, 'ly', approx='approx')
Q('fin 2015', 'date', '2015-12')
Q('trois', 'count', 3, 'planète', at='ainsi que ', f=('OTHER', None, None, '2015-12'))
Q('Vingt ans', 'duration', 'P20Y')
Q('premières', 'ordinal', 1, optional=True)
Q('six', 'count', 6, 'planète', f=O)   # "six des planètes"
Q('de 1,5 à 12 jours', 'duration', 'P1.5D', approx='range', value_max='P12D')
Q('2018', 'date', '2018')
Q('3 583', 'count', 3583, 'exoplanète', f=O)
# "TRAPPIST-1" is an identifier, not a quantity

if __name__ == '__main__':
    d.write()
