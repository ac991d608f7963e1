"""Astronomie : premier film d'une supernova (2016-03-26)."""
from goldlib import Doc

d = Doc('2016_03_26-002', '2016-03-26', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "KSN 2011a", "KSN 2011d" are identifiers, not dates
Q('premier', 'ordinal', 1, at='Astronomie : ', optional=True)
Q('26 mars 2016', 'date', '2016-03-26')
Q('première', 'ordinal', 1, at='Pour la ', optional=True)
Q('trois ans', 'duration', 'P3Y')
Q('plus de 500', 'count', 500, 'galaxie', approx='min', f=('MONITOR', None, None, None))
Q('trente minutes', 'duration', 'PT30M')
Q('deux', 'count', 2, 'étoile', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, at='La ', optional=True)
Q('300 fois', 'number', 300)
Q("700 millions d' années-lumière", 'measure', 700000000, 'ly')
Q('deuxième', 'ordinal', 2, optional=True)
Q('500 fois', 'number', 500)
Q("1,2 milliard d'années-lumière", 'measure', 1200000000, 'ly')
Q('une vingtaine de minutes', 'duration', 'PT20M', approx='approx')
Q('seconde', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
