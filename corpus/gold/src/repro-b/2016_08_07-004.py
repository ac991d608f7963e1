"""Jeux olympiques de Rio : Daniele Garozzo en or au fleuret masculin (2016-08-07)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_08_07-004', '2016-08-07', 'repro-b', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-07'   # the final, "cet après-midi"
Q('7 août 2016', 'date', T)
# scores: two quantities each (touches of each fencer), sport scores -> OTHER
Q('15', 'count', 15, 'touche', at='score de ', f=('OTHER', 'Rio', 'BR', T))
Q('11', 'count', 11, 'touche', at='15-', f=('OTHER', 'Rio', 'BR', T))
Q('14', 'count', 14, 'touche', at='score de ', f=('OTHER', None, None, T))
Q('7', 'count', 7, 'touche', at='14-', f=('OTHER', None, None, T))
Q('quatre', 'count', 4, 'touche', f=('OTHER', None, None, T))
Q('24 ans', 'age', 24, 'year')
Q('1996', 'date', '1996')
Q('premier', 'ordinal', 1, optional=True)
Q('première', 'ordinal', 1, optional=True)
Q('32 ans', 'duration', 'P32Y')

if __name__ == '__main__':
    d.write()
