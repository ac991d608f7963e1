"""France : le tabagisme recule mais reste un marqueur social (2017-02-13)."""
from goldlib import Doc

d = Doc('2017_02_13-001', '2017-02-13', 'test', source='winer-fr/train', entities=False)
Q = d.q

Q('13 février 2017', 'date', '2017-02-13')
Q('2016', 'date', '2016', at="l'année ")
Q("de l'ordre de 1,2 %", 'percent', 1.2, '%', approx='approx')
Q('Cette année', 'date', '2016', optional=True)  # anaphoric: the year 2016
Q('janvier 2014', 'date', '2014-01')
Q('1 er février 2017', 'date', '2017-02-01')
Q('entre 2010 et 2014', 'date', '2010', approx='range', value_max='2014')
Q('29,1 %', 'percent', 29.1, '%')
Q('28,2 %', 'percent', 28.2, '%')
Q('deux fois', 'number', 2)
Q('38', 'percent', 38, '%')          # "(38 contre 19 %)": unit of its coordinated twin
Q('19 %', 'percent', 19, '%')
Q('16', 'percent', 16, '%', at='passant de ')        # "passant de 16 à 21 %": two values, not a range
Q('21 %', 'percent', 21, '%')
Q('entre 2005 et 2014', 'date', '2005', approx='range', value_max='2014')

if __name__ == '__main__':
    d.write()
