"""2014 UZ224, une nouvelle planète naine (2016-10-14)."""
from goldlib import Doc

d = Doc('2016_10_14-003', '2016-10-14', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

# "2014 UZ224" (five times) is a designation: not a quantity
Q('14 octobre 2016', 'date', '2016-10-14')
Q('environ 13,7 milliards de kilomètres', 'measure', 13700000000, 'km', approx='approx')
Q('530 km', 'measure', 530, 'km')
Q('plus de deux fois', 'number', 2, approx='min')
Q('Une année', 'duration', 'P1Y', optional=True)   # "Une année sur 2014 UZ224" (a year, as a notion)
Q('environ 1 100 années terrestres', 'duration', 'P1100Y', approx='approx')
Q('plus de deux ans', 'duration', 'P2Y', approx='min')
Q('troisième', 'ordinal', 3, optional=True)
Q('950 km', 'measure', 950, 'km')

if __name__ == '__main__':
    d.write()
