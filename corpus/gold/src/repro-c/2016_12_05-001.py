"""France : le Parti socialiste ne compterait plus que 42 300 adhérents (2016-12-05)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2016_12_05-001', '2016-12-05', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

# party members -> PARTICIPATE (members); current membership totals: date null (as workforce totals)
Q('42 300', 'count', 42300, 'adhérent', at=0, f=('PARTICIPATE', 'France', 'FR', None))  # headline
Q('5 décembre 2016', 'date', '2016-12-05')
Q('42 300', 'count', 42300, 'adhérent', at=1, f=('PARTICIPATE', None, None, None))
# "premier secrétaire": title, not a quantity
Q('120 000', 'count', 120000, 'adhérent', f=('PARTICIPATE', None, None, None))   # "ils étaient encore 120 000"
Q('160 128', 'count', 160128, 'adhérent', f=('PARTICIPATE', None, None, '2014'))
Q('2014', 'date', '2014')
Q('131 000', 'count', 131000, 'adhérent', f=('PARTICIPATE', None, None, '2015'))
Q('2015', 'date', '2015')
Q("début de l'année", 'date', '2016-01', optional=True)   # digitless "l'année" = this year
# "entre 60 et 80 000": 60 means 60 000 (shared scale)
Q('entre 60 et 80 000', 'count', 60000, 'militant', approx='range', value_max=80000,
  f=('PARTICIPATE', None, None, '2016-01'))
Q('par 10', 'number', 10)   # "divisé par 10": divisor, no fact
Q('2011', 'date', '2011')
Q('500 000', 'count', 500000, 'adhérent', f=('PARTICIPATE', None, None, '2011'))  # target membership

if __name__ == '__main__':
    d.write()
