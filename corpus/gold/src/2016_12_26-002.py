"""France : hausse des inscrits au chômage en novembre (2016-12-26)."""
from goldlib import Doc

d = Doc('2016_12_26-002', '2016-12-26', 'train', source='winer-fr/train', entities=False)
Q = d.q

N = '2016-11'  # the month the figures describe
Q('novembre', 'date', N, at=0)
Q('26 décembre 2016', 'date', '2016-12-26')
Q('26 décembre', 'date', '2016-12-26', at='Ce ')
Q('mois de novembre 2016', 'date', N, at=0)
Q('deux mois', 'duration', 'P2M')
Q('Quelque 31 800', 'count', 31800, 'personne', approx='approx', f=('EMPLOY', None, None, N))
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('0,9 %', 'percent', 0.9, '%')
Q('un mois', 'duration', 'P1M', optional=True)
Q('3,1 %', 'percent', 3.1, '%')
Q('trois mois', 'duration', 'P3M')
Q('80 000', 'count', 80000, 'personne', f=('EMPLOY', None, None, N))
Q('+ 3,8 %', 'percent', 3.8, '%')
Q('14 000', 'count', 14000, 'personne', f=('EMPLOY', None, None, N))
Q('+ 4,3 %', 'percent', 4.3, '%')
Q('mois de novembre 2016', 'date', N, at=1)
Q('500 000', 'count', 500000, 'chômeur', f=('EMPLOY', None, None, '2017-04'))
Q('avril 2017', 'date', '2017-04')
Q('23 000', 'count', 23000, 'personne', f=('EMPLOY', None, None, N))
Q('0,4 %', 'percent', 0.4, '%')
Q('6,57 millions', 'count', 6570000, 'demandeur', f=('EMPLOY', 'France', 'FR', N))
Q('- 4,4 %', 'percent', -4.4, '%')
Q('+ 3,6 %', 'percent', 3.6, '%')
Q('+ 3 300', 'count', 3300, 'reprise', f=('EMPLOY', None, None, N))
Q('+ 6 500', 'count', 6500, 'défaut', f=('OTHER', None, None, N))

if __name__ == '__main__':
    d.write()
