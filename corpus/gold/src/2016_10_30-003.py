"""Burundi : récession économique record en 2015 (2016-10-30)."""
from goldlib import Doc

d = Doc('2016_10_30-003', '2016-10-30', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('2015', 'date', '2015', at=0)   # headline
Q('30 octobre 2016', 'date', '2016-10-30')
Q('autour de +4,5 %', 'percent', 4.5, '%', approx='approx')
Q('2015', 'date', '2015', at='crise politique de ')
Q('-7,4 %', 'percent', -7.4, '%')
Q('2015', 'date', '2015', at="l'année ")
Q('2015', 'date', '2015', at='inexistante depuis ')

if __name__ == '__main__':
    d.write()
