"""Espace : Rosetta termine son périple en s'écrasant sur la comète (2016-10-01)."""
from goldlib import Doc

d = Doc('2016_10_01-002', '2016-10-01', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

Q('1er octobre 2016', 'date', '2016-10-01')
# "67P/Churyumov–Gerasimenko": comet designation, not a quantity
Q('plus de 2 ans', 'duration', 'P2Y', approx='min')   # "depuis" left out of the span
Q('environ 19 km', 'measure', 19, 'km', approx='approx')

if __name__ == '__main__':
    d.write()
