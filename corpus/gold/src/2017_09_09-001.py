"""France : le chômage bat son record historique (2017-09-09)."""
from goldlib import Doc

d = Doc('2017_09_09-001', '2017-09-09', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

M = '2017-07'  # the July 2017 job-seeker figures
Q('9 septembre 2017', 'date', '2017-09-09')
Q('juillet 2017', 'date', M, at=0)
Q('près de 6,7 millions', 'count', 6700000, 'personne', approx='approx', f=('EMPLOY', 'France', 'FR', M))
Q('2016', 'date', '2016', at=0)
Q('juillet 2017', 'date', M, at=1)
Q('6,665 millions', 'count', 6665000, 'personne', f=('EMPLOY', None, None, M))
Q('0,7 %', 'percent', 0.7, '%')
Q('un mois', 'duration', 'P1M', at=0, optional=True)
Q('1,1 %', 'percent', 1.1, '%')
Q('2,2 %', 'percent', 2.2, '%')
Q('35 000', 'count', 35000, 'personne', f=('EMPLOY', None, None, M))
Q('un mois', 'duration', 'P1M', at=1, optional=True)
Q('2016', 'date', '2016', at=1)
Q('0,1 %', 'percent', 0.1, '%', at=0)
Q('douze derniers mois', 'duration', 'P12M')
Q('500 000', 'count', 500000, 'chômeur', f=('EMPLOY', None, None, '2017-04'))
Q('avril 2017', 'date', '2017-04')
Q("l'été", 'date', '2017-06', approx='range', value_max='2017-08', optional=True)
Q('Près de 423 000', 'count', 423000, 'bénéficiaire', approx='approx', f=('EMPLOY', None, None, M))
Q('juillet 2017', 'date', M, at=2)
Q('0,1 %', 'percent', 0.1, '%', at=1)
Q('200 000', 'count', 200000, 'contrat', f=('EMPLOY', None, None, '2018'))
Q('2018', 'date', '2018')
Q('années 2000', 'date', '2000', approx='range', value_max='2009')

if __name__ == '__main__':
    d.write()
