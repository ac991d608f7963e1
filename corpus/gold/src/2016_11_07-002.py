"""Burundi : le pays au cœur d'un trafic d'or international (2016-11-07)."""
from goldlib import Doc

d = Doc('2016_11_07-002', '2016-11-07', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('7 novembre 2016', 'date', '2016-11-07')
# "plusieurs milliers" is a quantity (approx) per the WiNER decisions; by analogy
# "plusieurs millions de dollars" = 1 000 000, approx (value genuinely vague).
# The colonel tried to grab the traders' money -> STEAL (attempted); the sentence
# names the airport.
Q('plusieurs millions de dollars', 'money', 1000000, 'USD', approx='approx',
  f=('STEAL', 'Aéroport international de Bujumbura', 'BI', None))
# official gold exports: neither seized nor stolen -> measures without facts
Q('411 kg', 'measure', 411, 'kg')
Q('2015', 'date', '2015')
Q('plus de 3 tonnes', 'measure', 3, 't', approx='min')
Q('30 septembre 2016', 'date', '2016-09-30')
# personalities targeted by the UN list, only suspected -> OTHER; "burundaises" is an
# adjective (no location); date of the list
Q('douze', 'count', 12, 'personnalité', f=('OTHER', None, None, '2016-09-30'))

if __name__ == '__main__':
    d.write()
