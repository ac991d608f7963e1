"""Chine : croissance stable, exportations en baisse (2017-01-13)."""
from goldlib import Doc

d = Doc('2017_01_13-004', '2017-01-13', 'dev', source='winer-fr/dev', entities=False)
Q = d.q

Q('13 janvier 2017', 'date', '2017-01-13')
Q('première', 'ordinal', 1, optional=True)
Q('6,7 %', 'percent', 6.7, '%')
Q('année 2016', 'date', '2016', at="l'")
Q('6,9 %', 'percent', 6.9, '%')
Q('2015', 'date', '2015', at='6,9 % en ')
Q('année en cours', 'date', '2017', optional=True)
Q('6,5 %', 'percent', 6.5, '%')
Q('deux', 'count', 2, 'chiffre', f=('OTHER', None, None, None))
Q('année 2016', 'date', '2016', at='une ')
Q('5,5 %', 'percent', 5.5, '%')
Q('- 7,7 %', 'percent', -7.7, '%')
Q('41 milliards de dollars', 'money', 41000000000, 'USD', f=('OTHER', None, None, '2016-12'))
Q('décembre 2016', 'date', '2016-12')
Q('66 %', 'percent', 66, '%')
Q('2006', 'date', '2006')
Q('40,7 %', 'percent', 40.7, '%')
Q('2015', 'date', '2015', at='40,7 % en ')

if __name__ == '__main__':
    d.write()
