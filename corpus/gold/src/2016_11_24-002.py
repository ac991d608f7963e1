"""France : la baisse des inscriptions au chômage ouvre la voie pour Hollande (2016-11-24)."""
from goldlib import Doc

d = Doc('2016_11_24-002', '2016-11-24', 'test', source='winer-fr/train', entities=False)
Q = d.q

O = '2016-10'  # the October 2016 Pôle emploi figures
Q('24 novembre 2016', 'date', '2016-11-24')
Q("mois d'octobre 2016", 'date', O)
Q('0,3 %', 'percent', 0.3, '%', at='baisse de ')
Q('un mois', 'duration', 'P1M', optional=True)
Q('2,8 %', 'percent', 2.8, '%', at='et de ')
Q("l'année", 'duration', 'P1Y', at='sur ', optional=True)  # "sur l'année" = year on year
Q('une année', 'duration', 'P1Y', optional=True)
Q('24 novembre', 'date', '2016-11-24', at='ce ')
Q('12 700', 'count', 12700, 'chômeur', f=('EMPLOY', None, None, O))
Q('- 0,3 %', 'percent', -0.3, '%')
Q('25 500', 'count', 25500, 'chômeur', f=('EMPLOY', None, None, O))
Q('- 0,4 %', 'percent', -0.4, '%')
Q('un an', 'duration', 'P1Y', at='Sur ', optional=True)
Q('- 2,8 %', 'percent', -2.8, '%')
Q('+ 1,3 %', 'percent', 1.3, '%')
Q('quelque 6,2 millions', 'count', 6200000, 'personne', approx='approx', f=('EMPLOY', None, None, O))
Q('environ 4,9 millions', 'count', 4900000, 'personne', approx='approx', f=('EMPLOY', None, None, '2012-05'))
Q('mai 2012', 'date', '2012-05')
Q('troisième trimestre 2016', 'date', '2016-07', approx='range', value_max='2016-09')
Q('9,6 %', 'percent', 9.6, '%')
Q('près de 1,3 million', 'count', 1300000, "demandeur d'emploi", approx='approx', f=('EMPLOY', None, None, None))
Q('25 %', 'percent', 25, '%')
Q('2012', 'date', '2012', at='dès ')
Q('un an', 'duration', 'P1Y', at="d'ici ", optional=True)
Q('mars 2016', 'date', '2016-03')
Q('500 000', 'count', 500000, 'chômeur', f=('PARTICIPATE', None, None, '2017-04'))  # training plan, deadline avril 2017
Q('avril 2017', 'date', '2017-04')

if __name__ == '__main__':
    d.write()
