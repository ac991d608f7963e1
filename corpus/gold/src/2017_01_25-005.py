"""France : le chômage repart à la hausse en décembre (2017-01-25)."""
from goldlib import Doc

d = Doc('2017_01_25-005', '2017-01-25', 'dev', source='winer-fr/train', entities=False)
Q = d.q

M = '2016-12'
Y = '2016'
Q('décembre', 'date', M, at='hausse en ')
Q('25 janvier 2017', 'date', '2017-01-25')
Q('mois de décembre 2016', 'date', M, at=0)
Q('trois mois', 'duration', 'P3M')
Q('un an', 'duration', 'P1Y', at='Sur ', optional=True)
Q('3 %', 'percent', 3, '%', at='réduit en revanche de ')
Q('première', 'ordinal', 1, at=', ', optional=True)
Q('2007', 'date', '2007', at='entamée en ')
Q('1 %', 'percent', 1, '%', at='hausse de ')
Q("l'année", 'date', Y, at='% sur ', optional=True)
Q('25 janvier', 'date', '2017-01-25', at='Ce ')
Q('mois de décembre 2016', 'date', M, at=1)
Q('0,8 %', 'percent', 0.8, '%')
Q('26 100', 'count', 26100, 'personne', f=('EMPLOY', None, None, M))
Q('0,9 %', 'percent', 0.9, '%')
Q('le mois précédent', 'date', '2016-11', optional=True)
Q('+1,2 %', 'percent', 1.2, '%')
Q('+ 2 400', 'count', 2400, 'personne', f=('EMPLOY', None, None, M))
Q('- 9 500', 'count', -9500, 'personne', f=('EMPLOY', None, None, M))
Q('2010', 'date', '2010')
Q('85 600', 'count', 85600, 'stagiaire', f=('PARTICIPATE', None, None, M))
Q('mois de décembre 2016', 'date', M, at=2)
Q('troisième', 'ordinal', 3, optional=True)
Q('plus de 10 ans', 'duration', 'P10Y', approx='min')
Q('2016', 'date', Y, at="baisse sur l'année ")
Q('3 %', 'percent', 3, '%', at='Il baisse de ')
Q('près de 110 000', 'count', 110000, 'chômeur', approx='approx', f=('EMPLOY', None, None, Y))
Q('2007', 'date', '2007', at='mondiale de ')
Q('huit années', 'duration', 'P8Y')
Q('2016', 'date', Y, at='même année ')
Q('1 %', 'percent', 1, '%', at='augmente de ')
Q('64 000', 'count', 64000, 'personne', f=('EMPLOY', None, None, Y))
Q('6,6 millions environ', 'count', 6600000, 'inscrit', approx='approx', f=('EMPLOY', None, None, Y))
Q('25 %', 'percent', 25, '%')
Q('2016', 'date', Y, at="durant l'année ")
Q('500 000', 'count', 500000, 'chômeur', f=('EMPLOY', None, None, None))

if __name__ == '__main__':
    d.write()
