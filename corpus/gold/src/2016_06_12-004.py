"""Triathlon : WTS Leeds, les meilleurs mondiaux présents (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-004', '2016-06-12', 'train', source='winer-fr/train', entities=False)
Q = d.q

W = '2016-W23'  # "ce week-end" of Sunday 12 June 2016 (11-12 June)
Q('12 juin 2016', 'date', '2016-06-12')
Q('5 e', 'ordinal', 5, at='La ')
Q('2016', 'date', '2016', at='championnat du monde ')
Q('ce week-end', 'date', '2016-06-11', approx='range', value_max='2016-06-12', optional=True)
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('quintuple', 'number', 5, optional=True)  # "quintuple champion du monde"
Q('deux', 'count', 2, 'natif', at='les ', f=('PARTICIPATE', 'Leeds', 'GB', W))
Q('1,5 km', 'measure', 1.5, 'km')
Q('40', 'measure', 40, 'km')   # "40 [km] de cyclisme"
Q('10', 'measure', 10, 'km')   # "10 [km] de course à pied"
Q('2016', 'date', '2016', at="l'année ")
Q('2015', 'date', '2015')
Q('5 e', 'ordinal', 5, at='au ')
Q('17 e', 'ordinal', 17)
Q('premières', 'ordinal', 1, optional=True)
Q('secondes', 'ordinal', 2, optional=True)
Q('2016', 'date', '2016', at='résultats sur le circuit ')
Q('2016', 'date', '2016', at='rentrée sur le circuit ')
Q('4 e', 'ordinal', 4)
Q('5 e', 'ordinal', 5, at='prend la ')
Q('un peu plus de deux minutes', 'duration', 'PT2M', approx='min')
Q('6 e', 'ordinal', 6)
Q('2016', 'date', '2016', at="Jeux olympiques d'été de ")
Q('8 e', 'ordinal', 8)

if __name__ == '__main__':
    d.write()
