"""France : trois nouvelles arrestations dans le cadre de l'enquête sur l'attentat déjoué dans l'Hérault (2017-03-12)."""
from goldlib import Doc

d = Doc('2017_03_12-009', '2017-03-12', 'test', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-03'     # new arrests "mardi et mercredi" (7 and 8 March)
B = '2017-02-10'  # first arrests and TATP found
Q('trois', 'count', 3, 'arrestation', at=0, f=('ARREST', 'Hérault', 'FR', A))
Q('12 mars 2017', 'date', '2017-03-12')
Q('trois', 'count', 3, 'homme', at='Libre , ', f=('ARREST', 'Hérault', 'FR', A))
Q('26', 'age', 26, 'year', at='respectivement de ')
Q('30', 'age', 30, 'year', at='26, ')
Q('48 ans', 'age', 48, 'year')
Q('mardi', 'date', '2017-03-07', at=0, optional=True)
Q('mercredi', 'date', '2017-03-08', at=0, optional=True)
Q('mois dernier', 'date', '2017-02', optional=True)
Q('10 février', 'date', B)
Q('trois', 'count', 3, 'personne', at='février, ', f=('ARREST', None, None, B))
Q('20 ans', 'age', 20, 'year')
Q('16 ans', 'age', 16, 'year')
Q('33 ans', 'age', 33, 'year')
Q('71 grammes', 'measure', 71, 'g', f=('SEIZE', 'Clapiers', 'FR', B))
Q('deux', 'count', 2, 'homme', at='que les ', f=('ARREST', None, None, '2017-03-07'))
Q('mardi', 'date', '2017-03-07', at=1, optional=True)
Q('26 ans', 'age', 26, 'year')
Q('mercredi', 'date', '2017-03-08', at=1, optional=True)

if __name__ == '__main__':
    d.write()
