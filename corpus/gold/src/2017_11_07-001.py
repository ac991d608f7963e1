"""Siemens-Gamesa supprime 6000 emplois (2017-11-07)."""
from goldlib import Doc

d = Doc('2017_11_07-001', '2017-11-07', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# Planned job cuts without a date: fact date null.
Q('6000', 'count', 6000, 'emploi', f=('EMPLOY', None, None, None))
Q('7 novembre 2017', 'date', '2017-11-07')
Q('6 000', 'count', 6000, 'emploi', f=('EMPLOY', None, None, None))
Q('27 000', 'count', 27000, 'emploi', f=('EMPLOY', None, None, None))   # the workforce
Q('24', 'count', 24, 'pays', f=('AFFECT', None, None, None))           # countries the cuts concern
Q('presque un quart', 'percent', 25, '%', approx='approx', optional=True)
Q('2016', 'date', '2016')
Q('deux', 'count', 2, 'géant', f=('PARTICIPATE', None, None, '2016'))  # partners of the 2016 alliance
Q("environ 10 %", 'percent', 10, '%', approx='approx')
Q('2018', 'date', '2018')
Q("dix milliards d'euros", 'money', 10000000000, 'EUR', f=('OTHER', None, None, '2018'))  # revenue

if __name__ == '__main__':
    d.write()
