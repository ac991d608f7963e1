"""Québec : les forces armées se déploient pour faire face aux inondations (dateline 2017-05-06)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_05_07-001', '2017-05-06', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-05-06'   # the day's news (dateline "6 mai 2017")
QC = ('Québec', 'CA')
Q('7 mai 2017', 'date', '2017-05-07')   # "Page actualisée" line
Q('6 mai 2017', 'date', T)
Q('environ 130', 'count', 130, 'municipalité', approx='approx', f=('AFFECT',) + QC + (T,))
# troops deployed to the crisis -> PARTICIPATE (staff deployed to an event)
Q('environ 400', 'count', 400, 'soldat', approx='approx', f=('PARTICIPATE',) + QC + (T,))
Q('environ 1 500', 'count', 1500, 'résidence', approx='approx', f=('AFFECT', None, None, T))
Q('900', 'count', 900, 'personne', f=('DISPLACE', None, None, T))
Q('340', 'count', 340, 'route', f=('AFFECT', None, None, T))
Q('entre 60 et 100 mm', 'measure', 60, 'mm', approx='range', value_max=100)
Q('fin de semaine', 'date', '2017-05-06', approx='range', value_max='2017-05-07', optional=True)  # this weekend
Q('deux', 'count', 2, 'cause', f=('OTHER', None, None, None))
Q('67,7 mm', 'measure', 67.7, 'mm')
Q("mois d'avril", 'date', '2017-04', optional=True)   # generic April (monthly average)
Q('environ 156 mm', 'measure', 156, 'mm', approx='approx')
Q('avril 2017', 'date', '2017-04')

if __name__ == '__main__':
    d.write()
