"""Donald Trump veut renforcer la capacité nucléaire des États-Unis (2016-12-23)."""
from goldlib import Doc

d = Doc('2016_12_23-001', '2016-12-23', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-12-23'
Q('23 décembre 2016', 'date', D)
Q('hier', 'date', '2016-12-22', optional=True)
Q('2009', 'date', '2009')
Q('22 décembre 2016', 'date', '2016-12-22')
Q('mercredi', 'date', '2016-12-21', optional=True)
Q("aujourd'hui", 'date', D, optional=True)
Q('7 000', 'count', 7000, 'tête', f=('OTHER', 'États-Unis', 'US', D))
Q('dix prochaines années', 'duration', 'P10Y')
Q('1 000 milliards de dollars', 'money', 1000000000000, 'USD', approx='approx', f=('COST', None, None, None))
Q('30 ans', 'duration', 'P30Y')

if __name__ == '__main__':
    d.write()
