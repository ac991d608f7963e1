"""France : croissance nulle au deuxième trimestre (2016-07-29)."""
from goldlib import Doc

d = Doc('2016_07_29-001', '2016-07-29', 'train', source='winer-fr/train', entities=False)
Q = d.q

T2 = ('2016-04', '2016-06')  # "deuxième trimestre" (2016)
Q('deuxième trimestre', 'date', T2[0], approx='range', value_max=T2[1], at='nulle au ')
Q('29 juillet 2016', 'date', '2016-07-29', at=0)
Q('29 juillet 2016', 'date', '2016-07-29', at=1)
Q('deuxième trimestre', 'date', T2[0], approx='range', value_max=T2[1], at='pour le ')
Q('premier trimestre', 'date', '2016-01', approx='range', value_max='2016-03')
Q('+ 0,7 %', 'percent', 0.7, '%')
Q('deuxième trimestre', 'date', T2[0], approx='range', value_max=T2[1], at='stable au ')
Q('0,0 %', 'percent', 0, '%', at=0)
Q('+ 0,3 %', 'percent', 0.3, '%', at=0)
Q('0,0 %', 'percent', 0, '%', at=1)
Q('- 0,2 %', 'percent', -0.2, '%')
Q('+ 0,3 %', 'percent', 0.3, '%', at=1)
Q('- 1,3 %', 'percent', -1.3, '%')
Q('1,3 %', 'percent', 1.3, '%', at='de ')
Q('cette année', 'date', '2016', at=0, optional=True)
Q('1,5 %', 'percent', 1.5, '%', at=0)
Q('deux derniers trimestres', 'date', '2016-07', approx='range', value_max='2016-12', optional=True)
Q('14 juillet', 'date', '2016-07-14')
Q('1,5 %', 'percent', 1.5, '%', at=1)
Q('cette année', 'date', '2016', at=1, optional=True)
Q('1,4 %', 'percent', 1.4, '%')

if __name__ == '__main__':
    d.write()
