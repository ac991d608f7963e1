"""France : le chômage poursuit sa hausse (2017-09-26)."""
from goldlib import Doc

d = Doc('2017_09_26-001', '2017-09-26', 'dev', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-08'  # "le mois d'août 2017"
Q('26 septembre 2017', 'date', '2017-09-26')
Q("mois d'août 2017", 'date', A)
Q('deuxième', 'ordinal', 2, optional=True)
Q('22 300', 'count', 22300, 'personne', f=('EMPLOY', None, None, A))
Q('0,6 %', 'percent', 0.6, '%')
Q('un mois', 'duration', 'P1M', at=0, optional=True)
Q('1,3 %', 'percent', 1.3, '%')
Q('trois mois', 'duration', 'P3M')
Q('près de 44 000', 'count', 44000, 'personne', approx='approx', f=('EMPLOY', None, None, A))
Q('6,7 millions', 'count', 6700000, 'demandeur', f=('EMPLOY', None, None, A))
Q('25-49 ans', 'age', 25, 'year', approx='range', value_max=49)
Q('+ 3,1 %', 'percent', 3.1, '%')
Q('un an', 'duration', 'P1Y', optional=True)
Q('moins de 78 heures', 'duration', 'PT78H', approx='max')
Q('2 %', 'percent', 2, '%')
Q('un mois', 'duration', 'P1M', at=1, optional=True)

if __name__ == '__main__':
    d.write()
