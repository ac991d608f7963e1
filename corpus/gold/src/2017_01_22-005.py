"""Primaire socialiste : Hamon et Valls qualifiés, Montebourg éliminé (2017-01-22)."""
from goldlib import Doc

d = Doc('2017_01_22-005', '2017-01-22', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-22'  # first round of the primary, the dateline's day
Q('22 janvier 2017', 'date', D)
Q('mai prochain', 'date', '2017-05')
Q('second', 'ordinal', 2, optional=True)
Q('29 janvier prochain', 'date', '2017-01-29')
# "avec respectivement près de 36 et 31 % des voix": "près de" read as scoping both
Q('près de 36', 'percent', 36, '%', approx='approx')
Q('31 %', 'percent', 31, '%', approx='approx')
Q('18', 'percent', 18, '%', at='éliminés avec ')   # unit of its coordinated twin
Q('6 %', 'percent', 6, '%')
Q('troisième', 'ordinal', 3, at='en ', optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('6 décembre dernier', 'date', '2016-12-06')
Q('la semaine prochaine', 'date', '2017-W04', optional=True)
Q('deux reprises', 'number', 2)   # "à deux reprises" = deux fois
Q('2014', 'date', '2014')
Q('troisième', 'ordinal', 3, at='le ', optional=True)
Q('près de 17 %', 'percent', 17, '%', approx='approx')
Q('2011', 'date', '2011', at=0)
Q('Un peu plus de 1,3 million', 'count', 1300000, 'électeur', approx='min', f=('VOTE', None, None, D))
Q('2011', 'date', '2011', at=1)
Q('novembre dernier', 'date', '2016-11')
Q('de 1,5 million à 2 millions', 'count', 1500000, 'votant', approx='range', value_max=2000000,
  f=('VOTE', None, None, None))

if __name__ == '__main__':
    d.write()
