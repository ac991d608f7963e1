"""France : le conflit social chez Uber continue (2016-12-20)."""
from goldlib import Doc

d = Doc('2016_12_20-001', '2016-12-20', 'dev', source='winer-fr/dev', entities=False)
Q = d.q

Q('20 décembre 2016', 'date', '2016-12-20')
Q('2015', 'date', '2015', at=0)
Q('15 décembre', 'date', '2016-12-15')
# a change "de 20 à 25 %": two quantities
Q('20', 'percent', 20, '%', at='Uber de ')
Q('25 %', 'percent', 25, '%')
Q('1 143,72 euros', 'money', 1143.72, 'EUR', f=('OTHER', None, None, None))
Q('35 heures', 'duration', 'PT35H')
Q('2,2 milliards de dollars', 'money', 2200000000, 'USD', f=('OTHER', None, None, '2016'))
Q('neuf premiers mois de l\'année 2016', 'date', '2016-01', approx='range', value_max='2016-09')
Q('deux milliards', 'money', 2000000000, 'USD', f=('OTHER', None, None, '2015'))
Q('2015', 'date', '2015', at=1)

if __name__ == '__main__':
    d.write()
