"""Syrie : l'armée brise le siège de Deir ez-Zor, Daech en déroute (2017-09-11)."""
from goldlib import Doc

d = Doc('2017_09_11-001', '2017-09-11', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "brigade 137" is a unit's name (identifier), not a quantity.
Q('11 septembre 2017', 'date', '2017-09-11')
Q('plus de trois ans', 'duration', 'P3Y', approx='min')
Q('juillet 2014', 'date', '2014-07', at='depuis ')
# The 4 000 soldiers are encircled (besieged) -> AFFECT; "la ville" = Deir ez-Zor
# (description -> article's name); date: the sentence's "depuis juillet 2014".
Q('4 000', 'count', 4000, 'combattant', f=('AFFECT', 'Deir ez-Zor', 'SY', '2014-07'))
Q('moitié', 'number', 0.5, at='tenir la ', optional=True)     # fraction, outside the spec's kinds
Q('2013', 'date', '2013')
Q('juillet 2014', 'date', '2014-07', at='remplacés en ')
Q('moitié', 'number', 0.5, at='perdre la ', optional=True)
Q('janvier 2017', 'date', '2017-01')
Q('deux', 'number', 2, at='coupées en ', optional=True)       # "coupées en deux": idiom, undecidable
Q('5 septembre', 'date', '2017-09-05')
Q('8 septembre', 'date', '2017-09-08')
Q("fin de l'année", 'date', '2017-12', optional=True)          # digitless deictic
Q('10 septembre', 'date', '2017-09-10')
Q('moins de sept kilomètres', 'measure', 7, 'km', approx='max')

if __name__ == '__main__':
    d.write()
