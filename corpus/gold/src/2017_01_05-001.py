"""Autriche : forte hausse du chômage en décembre 2016 (2017-01-05)."""
from goldlib import Doc

d = Doc('2017_01_05-001', '2017-01-05', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

DEC = '2016-12'
Q('décembre 2016', 'date', DEC, at=0)              # headline
Q('5 janvier 2017', 'date', '2017-01-05')
Q('décembre 2016', 'date', DEC, at=1)
# "passant de 9 à 10,3 %": a change, two quantities (not a range)
Q('9', 'percent', 9, '%', at='passant de ')
Q('10,3 %', 'percent', 10.3, '%')
Q('un mois', 'duration', 'P1M', at='en ', optional=True)
# percentage points: kind percent, unit "%" (no better unit in the spec)
Q('1,3 point de pourcentage', 'percent', 1.3, '%')
# job seekers and their monthly change -> EMPLOY; no place in the sentence (Autriche only
# in the headline); date: the December 2016 figures
Q('Quelque 471 000', 'count', 471000, 'personne', approx='approx', f=('EMPLOY', None, None, DEC))
Q('42 000', 'count', 42000, 'personne', f=('EMPLOY', None, None, DEC))   # elided noun
Q('novembre 2016', 'date', '2016-11')
Q('un an', 'duration', 'P1Y', at='sur ', optional=True)
Q('0,9 point de pourcentage', 'percent', 0.9, '%')   # "baisse de": no written sign
Q('5,9 %', 'percent', 5.9, '%')
Q('octobre 2016', 'date', '2016-10')

if __name__ == '__main__':
    d.write()
