"""Triathlon : coupe du monde, New Plymouth pour Jorgensen et Murray (2016-04-03)."""
from goldlib import Doc

d = Doc('2016_04_03-003', '2016-04-03', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-04-03'  # the World Cup stage at New Plymouth, "le 3 avril"
Q('3 avril 2016', 'date', T)
Q('deuxième', 'ordinal', 2, optional=True)
Q('3 avril', 'date', T, at='déroulée le ')
Q("L'année", 'date', '2016', optional=True)  # "L'année olympique" = this year
Q('750 m', 'measure', 750, 'm')
Q('20 km', 'measure', 20, 'km')
Q('10', 'measure', 10, 'km', at='vélo et ')  # unit of its coordinated twin
Q('cette année', 'date', '2016', optional=True)
Q('trois', 'count', 3, 'triathlète', at='un groupe de ', f=('PARTICIPATE', None, None, T))
Q('une', 'ordinal', 1, at='La transition ', optional=True)
Q('22', 'count', 22, 'compétitrice', at=0, f=('PARTICIPATE', None, None, T))
Q('numéro trois', 'ordinal', 3, optional=True)
Q('35 secondes', 'duration', 'PT35S')
Q('deux', 'ordinal', 2, at='la transition ', optional=True)
Q('15 e', 'ordinal', 15)
Q('58 minutes et 51 seconde', 'duration', 'PT58M51S')
Q('seconde', 'ordinal', 2, at='une bonne ', optional=True)
Q('59 minutes et 13 secondes', 'duration', 'PT59M13S')
Q('première', 'ordinal', 1, optional=True)
Q('mois dernier', 'date', '2016-03', optional=True)
Q('34', 'count', 34, 'coureur', f=('PARTICIPATE', None, None, T))
Q('premiers', 'ordinal', 1, optional=True)
Q('22', 'count', 22, 'compétiteur', at=1, f=('PARTICIPATE', None, None, T))  # "un groupe de 22 [compétiteurs]"
Q('seconde', 'ordinal', 2, at='arrive à la ', optional=True)
Q('premier', 'ordinal', 1, at='des le ', optional=True)
Q('53 minutes et 8 secondes', 'duration', 'PT53M8S')
Q('second', 'ordinal', 2, at='Le Suédois ', optional=True)
Q('20 seconde', 'duration', 'PT20S')
Q('troisième', 'ordinal', 3, optional=True)
Q('une seconde', 'duration', 'PT1S', at='pour ', optional=True)

if __name__ == '__main__':
    d.write()
