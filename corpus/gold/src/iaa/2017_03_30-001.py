"""Irak : mort de dizaines de civils dans l'effondrement d'immeubles (2017-03-30)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_03_30-001', '2017-03-30', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

B = '2017-03'   # the strike: "quelques jours" before 25 March, strikes of 17-23 March
# "des dizaines de civils", "Des dizaines de corps": no definite value, not quantities
Q('30 mars 2017', 'date', '2017-03-30')
Q('25 mars', 'date', '2017-03-25')
Q('premier', 'ordinal', 1, optional=True)
Q('13 mars', 'date', '2017-03-13')
Q('Plus de 130', 'count', 130, 'civil', approx='min', f=('KILL', None, None, B))
Q('Plus de 27', 'count', 27, 'bâtiment', approx='min', f=('AFFECT', None, None, B))
Q('trois', 'count', 3, 'bâtiment', f=('AFFECT', None, None, B))
Q('entre les17 et 23 mars', 'date', '2017-03-17', approx='range', value_max='2017-03-23')
Q('Plus de 2 700', 'count', 2700, 'civil', approx='min', f=('KILL', None, None, None))  # Syrie et Irak: two places
Q('été 2014', 'date', '2014-06', approx='range', value_max='2014-08')
Q('plus de 1 000', 'count', 1000, 'civil', approx='min', f=('KILL', None, None, '2017-03'))
Q('mars', 'date', '2017-03', at='1 000 en ')
Q('220', 'count', 220, 'civil', f=('KILL', None, None, None))

if __name__ == '__main__':
    d.write()
