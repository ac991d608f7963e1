"""Gambie : le président Jammeh laisse le pouvoir et aurait vidé les caisses de l’État (2017-01-24)."""
from goldlib import Doc

d = Doc('2017_01_24-005', '2017-01-24', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

Q('plus de deux décennies', 'duration', 'P20Y', approx='min')
Q('décembre dernier', 'date', '2016-12')
Q('21 janvier', 'date', '2017-01-21')
Q('24 janvier 2017', 'date', '2017-01-24')
Q('22 ans', 'duration', 'P22Y')
# "plusieurs millions de dollars": by the guideline "plusieurs milliers" is an
# approx quantity; the value of "plusieurs" is not given -> 2 millions (the least
# "several"), approx. Stolen -> STEAL; no place named ("officiels gambiens" is an
# adjective), theft not dated.
Q('plusieurs millions de dollars', 'money', 2000000, 'USD', approx='approx',
  f=('STEAL', None, None, None))
Q('11,4 millions de dollars', 'money', 11400000, 'USD', f=('STEAL', None, None, None))
Q('1994', 'date', '1994')

if __name__ == '__main__':
    d.write()
