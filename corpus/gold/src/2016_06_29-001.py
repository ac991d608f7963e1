"""Cross triathlon: les championnats d'Europe sourient aux Françaises (2016-06-29)."""
from goldlib import Doc

d = Doc('2016_06_29-001', '2016-06-29', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money in this article: no facts. "U23" is a category name, not a quantity.
Q('29 juin 2016', 'date', '2016-06-29', at=0)
Q('2016', 'date', '2016', at="L'édition ")
# "ce week-end" (article of Wednesday 29 June): digitless deictic, optional, 25-26 June
Q('ce week-end', 'date', '2016-06-25', approx='range', value_max='2016-06-26', optional=True)
Q('1,5 km', 'measure', 1.5, 'km')
Q('35 km', 'measure', 35, 'km')
Q('10 km', 'measure', 10, 'km')
Q('double', 'number', 2, at=', ', optional=True)   # "double champion du monde", as "quintuple"
Q('2 h 47 min 58 s', 'duration', 'PT2H47M58S')
Q('2011', 'date', '2011')
Q('troisième', 'ordinal', 3, at='prend la ', optional=True)
Q('2 h 53 min 17 s', 'duration', 'PT2H53M17S')
Q('3 h 18 min 40 s', 'duration', 'PT3H18M40S')
Q('premier', 'ordinal', 1, at='accroche un ', optional=True)
Q('seconde', 'ordinal', 2, at='pour la ', optional=True)
Q('quatre secondes', 'duration', 'PT4S')
Q('3 h 21 min 16 s', 'duration', 'PT3H21M16S')
Q('troisième', 'ordinal', 3, at='sprint la ', optional=True)
Q('29 juin 2016', 'date', '2016-06-29', at='Évènements du ')

if __name__ == '__main__':
    d.write()
