"""Chine : hausse de la natalité depuis la fin de la politique de l'enfant unique (2016-12-21)."""
from goldlib import Doc

d = Doc('2016_12_21-002', '2016-12-21', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('21 décembre 2016', 'date', '2016-12-21')
Q('2016', 'date', '2016', at='en ')
Q('première', 'ordinal', 1, optional=True)
Q('un million', 'count', 1000000, 'naissance', f=('OTHER', None, None, '2016'))
Q('1 er janvier 2016', 'date', '2016-01-01')
Q('5,7 %', 'percent', 5.7, '%')
Q('1,54', 'number', 1.54)
Q('2015', 'date', '2015')
Q('1,60', 'number', 1.6)
Q('cette année', 'date', '2016', at=0, optional=True)
Q('1979', 'date', '1979')
Q('2,75', 'number', 2.75)
Q('1984', 'date', '1984')
Q('2013', 'date', '2013')
Q('cette année', 'date', '2016', at=1, optional=True)
Q('2020', 'date', '2020')
Q('1,8', 'count', 1.8, 'enfant', f=('OTHER', None, None, '2020'))
Q('autour de 2,1', 'count', 2.1, 'enfant', approx='approx', f=('OTHER', None, None, None))
Q('2030', 'date', '2030')
Q('plus de deux', 'count', 2, 'enfant', approx='min', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
