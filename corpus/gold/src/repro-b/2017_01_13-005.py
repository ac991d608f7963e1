"""Burundi : importante hausse des prix des biens de consommation courante (2017-01-13)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_01_13-005', '2017-01-13', 'repro-b', source='winer-fr/train', entities=False)
Q = d.q

# Prices -> OTHER. "passe de X à Y" is two quantities (a change, not a range).
# Old prices undated; new prices follow from the 2017 budget. "francs burundais"
# is an adjective: no location.
Q('13 janvier 2017', 'date', '2017-01-13')
Q('2017', 'date', '2017', at='budget ')
Q('1 900 francs burundais', 'money', 1900, 'BIF', f=('OTHER', None, None, None))
Q('1,08 euros', 'money', 1.08, 'EUR', f=('OTHER', None, None, None))
Q('2 200 francs burundais', 'money', 2200, 'BIF', f=('OTHER', None, None, '2017'))
Q('2 000 francs', 'money', 2000, 'BIF', f=('OTHER', None, None, None))
Q('2 100 francs', 'money', 2100, 'BIF', f=('OTHER', None, None, '2017'))
Q('2015', 'date', '2015')
Q('312,5 dollars', 'money', 312.5, 'USD', f=('OTHER', 'Burundi', 'BI', '2015'))
Q('2016', 'date', '2016')
Q('260 dollars', 'money', 260, 'USD', f=('OTHER', None, None, '2016'))

if __name__ == '__main__':
    d.write()
