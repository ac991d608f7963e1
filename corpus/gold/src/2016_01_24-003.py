"""L'Iran annonce le prochain achat de 114 Airbus (2016-01-24)."""
from goldlib import Doc

d = Doc('2016_01_24-003', '2016-01-24', 'train', source='winer-fr/train', entities=False)
Q = d.q

S = '2016-01-27'   # contract to be signed "le 27 janvier"
IR = ('Iran', 'IR')
Q('114', 'count', 114, 'airbus', at=0, f=('OTHER',) + IR + (S,))
Q('24 janvier 2016', 'date', '2016-01-24')
Q('dimanche 24 janvier', 'date', '2016-01-24')
Q('114', 'count', 114, 'airbus', at=1, f=('OTHER',) + IR + (S,))
Q('27 janvier', 'date', S, at='prévue le ')
Q('10 milliards de dollars', 'money', 10000000000, 'USD', approx='min', f=('COST', None, None, S))
Q('mois de mars', 'date', '2016-03')
Q('trois ou quatre', 'count', 3, 'lot', approx='range', value_max=4, f=('OTHER', None, None, None))
Q('du 25 au 27 janvier', 'date', '2016-01-25', approx='range', value_max='2016-01-27')
Q('première', 'ordinal', 1, optional=True)
Q('cinq ans', 'duration', 'P5Y')
Q('400', 'count', 400, 'avion', f=('OTHER',) + IR + (None,))
Q('100', 'count', 100, 'avion', f=('OTHER',) + IR + (None,))
Q('256', 'count', 256, 'avion', f=('OTHER',) + IR + (None,))
Q('150', 'count', 150, 'avion', f=('OTHER',) + IR + (None,))
Q("environ 20 ans", 'age', 20, 'year', approx='approx')
Q('30 à 50 milliards de dollars', 'money', 30000000000, 'USD', approx='range', value_max=50000000000,
  f=('COST',) + IR + (None,))
Q('cinq prochaines années', 'duration', 'P5Y')
Q('8%', 'percent', 8, '%')
Q('proche de zéro', 'number', 0, approx='approx')
Q('seconde', 'ordinal', 2, optional=True)
Q('1 000 kilomètres', 'measure', 1000, 'km')
Q('2 milliards de dollars', 'money', 2000000000, 'USD', f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
