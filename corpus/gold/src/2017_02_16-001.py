"""France : Macron propose d'importantes économies sur les dépenses publiques (2017-02-16)."""
from goldlib import Doc

d = Doc('2017_02_16-001', '2017-02-16', 'test', source='winer-fr/train', entities=False)
Q = d.q

Q('16 février 2017', 'date', '2017-02-16')
Q('56,5 %', 'percent', 56.5, '%')
Q('53,5 %', 'percent', 53.5, '%')
Q('sous 50 %', 'percent', 50, '%', approx='max')
Q('cinq ans', 'duration', 'P5Y')
Q('60 milliards de dollars', 'money', 60000000000, 'USD', f=('OTHER', None, None, None))  # savings
Q('100 milliards', 'money', 100000000000, 'USD', f=('OTHER', None, None, None))  # currency of its twin
Q('40 milliards', 'money', 40000000000, 'EUR', f=('COST', None, None, '2014'))  # State grants to local authorities
Q('2014', 'date', '2014')
Q('33 milliards', 'money', 33000000000, 'EUR', f=('COST', None, None, '2016'))
Q("l'année dernière", 'date', '2016', optional=True)
Q("85 milliards d'euros", 'money', 85000000000, 'EUR', f=('COST', None, None, None))  # State payroll
Q('quelque deux millions', 'count', 2000000, 'fonctionnaire', approx='approx', f=('EMPLOY', None, None, None))
Q('premiers', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
