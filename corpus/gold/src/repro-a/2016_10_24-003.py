"""Espace : Juno se met en veille (2016-10-24)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_10_24-003', '2016-10-24', 'repro-a', source='winer-fr/train', entities=False)
Q = d.q

Q('24 octobre 2016', 'date', '2016-10-24')
Q('53 jours', 'duration', 'P53D')
Q('14 jours', 'duration', 'P14D')
Q('11 décembre prochain', 'date', '2016-12-11')
Q('5 août 2011', 'date', '2011-08-05')
Q('un peu plus de 3 tonnes et demi', 'measure', 3.5, 't', approx='min')
Q("plus d'un milliard de dollars américains", 'money', 1000000000, 'USD', approx='min',
  f=('COST', None, None, None))
Q('4 juillet dernier', 'date', '2016-07-04')
Q('première', 'ordinal', 1, optional=True)
Q('trente-six', 'count', 36, 'orbite', f=('OTHER', 'Jupiter', None, None))
Q('27 août dernier', 'date', '2016-08-27')
Q('octobre 2017', 'date', '2017-10')

if __name__ == '__main__':
    d.write()
