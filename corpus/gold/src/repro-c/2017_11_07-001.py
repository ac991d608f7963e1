"""Siemens-Gamesa supprime 6000 emplois (2017-11-07)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_11_07-001', '2017-11-07', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

# Planned job cuts without a date, workforce total -> date null; no place named (headline has none).
Q('6000', 'count', 6000, 'emploi', f=('EMPLOY', None, None, None))
Q('7 novembre 2017', 'date', '2017-11-07')
Q('6 000', 'count', 6000, 'emploi', f=('EMPLOY', None, None, None))
Q('27 000', 'count', 27000, 'emploi', f=('EMPLOY', None, None, None))   # elided "[emplois]": workforce
Q('24', 'count', 24, 'pays', f=('AFFECT', None, None, None))           # countries concerned by the cuts
Q('presque un quart', 'number', 0.25, approx='approx')                  # fraction of the workforce
Q('2016', 'date', '2016')
# two companies joined in an alliance (partners) -> PARTICIPATE, dated by "en 2016"
Q('deux', 'count', 2, 'géant', f=('PARTICIPATE', None, None, '2016'))
Q("environ 10 %", 'percent', 10, '%', approx='approx')
Q('2018', 'date', '2018')
Q("dix milliards d'euros", 'money', 10000000000, 'EUR', f=('OTHER', None, None, '2018'))   # revenue

if __name__ == '__main__':
    d.write()
