"""France : la natalité poursuit sa baisse en 2017 (2017-09-15)."""
from goldlib import Doc

d = Doc('2017_09_15-001', '2017-09-15', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('2017', 'date', '2017', at='baisse en ')
Q('15 septembre 2017', 'date', '2017-09-15')
Q('2017', 'date', '2017', at="début de l'année ")
Q('deux ans', 'duration', 'P2Y')
Q('2015', 'date', '2015', at='depuis ')
Q('années 2000', 'date', '2000', approx='range', value_max='2009')
Q('1994', 'date', '1994')
Q('en dessous de 1,9', 'count', 1.9, 'enfant', approx='max', f=('OTHER', None, None, None))
Q("sept premiers mois de l'année", 'date', '2017-01', approx='range', value_max='2017-07')
Q('418 500', 'count', 418500, 'nouveau-né', f=('OTHER', None, None, '2017'))
Q('430 000', 'count', 430000, 'nouveau-né', f=('OTHER', None, None, '2016'))
Q('2016', 'date', '2016', at='même période en ')
Q('2,7 %', 'percent', 2.7, '%')
Q('2016', 'date', '2016', at='En ')
Q('1,8 %', 'percent', 1.8, '%')
Q('2,4 %', 'percent', 2.4, '%')
Q('2015', 'date', '2015', at='2,4 % en ')
Q('2017', 'date', '2017', at="L'année ")

if __name__ == '__main__':
    d.write()
