"""France : le chômage repart à la hausse en décembre (2017-01-25)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_01_25-005', '2017-01-25', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

M = '2016-12'   # the month reported
Y = '2016'      # the year reported
E = 'EMPLOY'    # job seekers and their changes -> EMPLOY (guidelines)
# Headline "France" is only a headline place; body counts name no place -> null.
Q('décembre', 'date', M, at='hausse en ')
Q('25 janvier 2017', 'date', '2017-01-25')
Q('décembre 2016', 'date', M, at=0)
Q('trois mois', 'duration', 'P3M')
Q('un an', 'duration', 'P1Y', optional=True)            # un/une duration: optional
Q('3 %', 'percent', 3, '%', at=0)                       # decrease, no written sign
Q('première', 'ordinal', 1, at=0, optional=True)
Q('2007', 'date', '2007', at=0)
Q('1 %', 'percent', 1, '%', at=0)
Q("l'année", 'date', Y, at='1 % sur ', optional=True)       # digitless deictic (= the year 2016)
Q('25 janvier', 'date', '2017-01-25', at='Ce ')
Q('décembre 2016', 'date', M, at=1)
Q('0,8 %', 'percent', 0.8, '%')
Q('26 100', 'count', 26100, 'personne', f=(E, None, None, M))
Q('0,9 %', 'percent', 0.9, '%')
Q('mois précédent', 'date', '2016-11', optional=True)   # digitless relative date
Q('+1,2 %', 'percent', 1.2, '%')
Q('+ 2 400', 'count', 2400, 'personne', f=(E, None, None, M))
Q('- 9 500', 'count', -9500, 'personne', f=(E, None, None, M))   # written sign kept
Q('2010', 'date', '2010')
Q('85 600', 'count', 85600, 'stagiaire', f=(E, None, None, M))   # job seekers entering training
Q('décembre 2016', 'date', M, at=2)
Q('troisième', 'ordinal', 3, optional=True)
Q('plus de 10 ans', 'duration', 'P10Y', approx='min')
Q('2016', 'date', Y, at="baisse sur l'année ")
Q('3 %', 'percent', 3, '%', at=1)
Q('près de 110 000', 'count', 110000, 'chômeur', approx='approx', f=(E, None, None, Y))
Q('2007', 'date', '2007', at=1)
Q('huit années', 'duration', 'P8Y')
Q('2016', 'date', Y, at='même année ')
Q('1 %', 'percent', 1, '%', at=1)
Q('64 000', 'count', 64000, 'personne', f=(E, None, None, Y))
Q('6,6 millions environ', 'count', 6600000, 'inscrit', approx='approx', f=(E, None, None, Y))
Q('25 %', 'percent', 25, '%')
Q('2016', 'date', Y, at="durant l'année ")
Q('500 000', 'count', 500000, 'chômeur', f=(E, None, None, None))   # training plan target, no date given

if __name__ == '__main__':
    d.write()
