"""Triathlon : Nice recevra en 2019 le championnat du monde d'Ironman 70.3 (2017-04-20)."""
from goldlib import Doc

d = Doc('2017_04_20-001', '2017-04-20', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "Ironman 70.3" is the event's name: not a quantity
Q('2019', 'date', '2019', at='recevra en ')
Q('20 avril 2017', 'date', '2017-04-20')
Q('ce jeudi', 'date', '2017-04-20', optional=True)
Q('2019', 'date', '2019', at='sera en ')
Q('2006', 'date', '2006')
Q('cinq', 'count', 5, 'continent', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, optional=True)
Q('plus de dix ans', 'duration', 'P10Y', approx='min')
Q('5 000', 'count', 5000, 'compétiteur', f=('PARTICIPATE', None, None, '2019'))
Q('113 kilomètres', 'measure', 113, 'km')
Q('1,9 km', 'measure', 1.9, 'km')
Q('90', 'measure', 90, 'km', at=', ')

if __name__ == '__main__':
    d.write()
