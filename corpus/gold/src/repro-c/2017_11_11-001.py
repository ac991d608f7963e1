"""France : la création d'emplois salariés ralentit (2017-11-11)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2017_11_11-001', '2017-11-11', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

# Q3 2017 figures: fact date given as the range's lower bound month (the quantity's value)
Q('11 novembre 2017', 'date', '2017-11-11')
Q('troisième trimestre', 'date', '2017-07', approx='range', value_max='2017-09')
Q('29 700', 'count', 29700, 'emploi', f=('EMPLOY', None, None, '2017-07'))
Q('entre les mois de juillet et septembre', 'date', '2017-07', approx='range', value_max='2017-09')
Q('trimestre précédent', 'date', '2017-04', approx='range', value_max='2017-06', optional=True)  # digitless relative
Q('81 500', 'count', 81500, 'création', f=('EMPLOY', None, None, '2017-04'))
Q('deux ans', 'duration', 'P2Y')
Q('un an', 'duration', 'P1Y', optional=True)
Q('240 900', 'count', 240900, 'emploi', f=('EMPLOY', None, None, None))   # staff growth over a year
Q('moins de 3,5 millions', 'count', 3500000, 'salarié', approx='max', f=('EMPLOY', None, None, None))
Q('150 000', 'count', 150000, 'personne', f=('EMPLOY', None, None, None))  # labour-force growth per year
Q('2018', 'date', '2018')
Q('110 000', 'count', 110000, 'emploi', f=('EMPLOY', None, None, '2018'))
Q('260 000', 'count', 260000, 'emploi', f=('EMPLOY', None, None, '2018'))
Q("l'année prochaine", 'date', '2018', optional=True)
Q('9,5 %', 'percent', 9.5, '%')

if __name__ == '__main__':
    d.write()
