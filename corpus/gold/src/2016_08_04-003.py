"""Football : Jérémy Ménez à Bordeaux (2016-08-04)."""
from goldlib import Doc

d = Doc('2016_08_04-003', '2016-08-04', 'test', source='winer-fr/train', entities=False)
Q = d.q

Q('4 août 2016', 'date', '2016-08-04')
for a, b in [('2004', '2006'), ('2006', '2008'), ('2008', '2012'), ('2012', '2014'), ('2014', '2016')]:
    Q(a + '-' + b, 'date', a, approx='range', value_max=b)
Q('trois ans', 'duration', 'P3Y')
Q('lundi dernier', 'date', '2016-08-01', optional=True)
Q('première', 'ordinal', 1, optional=True)
Q('troisième', 'ordinal', 3, optional=True)
Q('deux ou trois', 'count', 2, 'international', approx='range', value_max=3,
  f=('EMPLOY', None, None, None))
Q('années 1980', 'date', '1980', approx='range', value_max='1989', at=0)
Q('16 juillet dernier', 'date', '2016-07-16')
Q('hier', 'date', '2016-08-03', optional=True, at='disputait ')
Q('premier', 'ordinal', 1, optional=True, at='son ')
Q('hier', 'date', '2016-08-03', optional=True, at='Opéré ')
Q('13 août prochain', 'date', '2016-08-13')
Q('1986', 'date', '1986')
Q('20 millions de francs', 'money', 20000000, 'FRF', f=('COST', None, None, '1986'))
Q('années 1980', 'date', '1980', approx='range', value_max='1989', at=1)
Q('trente ans', 'duration', 'P30Y')
Q('120 M€', 'money', 120000000, 'EUR', f=('COST', None, None, '2016'))

if __name__ == '__main__':
    d.write()
