"""France : le chômage bat son record historique (2017-09-09)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2017_09_09-001', '2017-09-09', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

J = '2017-07'   # July 2017 figures
# job seekers and their monthly changes -> EMPLOY
Q('9 septembre 2017', 'date', '2017-09-09')
Q('juillet 2017', 'date', J, at=0)
Q('près de 6,7 millions', 'count', 6700000, 'personne', approx='approx', f=('EMPLOY', 'France', 'FR', J))  # "sur toute la France"
Q('2016', 'date', '2016', at=0)
Q('juillet 2017', 'date', J, at=1)
Q('6,665 millions', 'count', 6665000, 'personne', f=('EMPLOY', None, None, J))
Q('0,7 %', 'percent', 0.7, '%')
Q('un mois', 'duration', 'P1M', at='0,7 % sur ', optional=True)
Q('1,1 %', 'percent', 1.1, '%')
Q('2,2 %', 'percent', 2.2, '%')
Q('35 000', 'count', 35000, 'personne', f=('EMPLOY', None, None, J))   # no sign written: 35000
Q('un mois', 'duration', 'P1M', at='de plus sur ', optional=True)
Q('2016', 'date', '2016', at=1)
Q('0,1 %', 'percent', 0.1, '%', at=0)
Q('douze derniers mois', 'duration', 'P12M')
# training plan for the unemployed, deadline "d'ici avril 2017" = fact date
Q('500 000', 'count', 500000, 'chômeur', f=('EMPLOY', None, None, '2017-04'))
Q('avril 2017', 'date', '2017-04')
Q('Près de 423 000', 'count', 423000, 'bénéficiaire', approx='approx', f=('EMPLOY', None, None, J))  # aided-contract holders
Q('juillet 2017', 'date', J, at=2)
Q('0,1 %', 'percent', 0.1, '%', at=1)
Q('200 000', 'count', 200000, 'contrat', f=('EMPLOY', None, None, '2018'))   # elided: contrats (aided jobs)
Q('2018', 'date', '2018')
Q('années 2000', 'date', '2000', approx='range', value_max='2009')

if __name__ == '__main__':
    d.write()
