"""Astronomie : observation la plus précise jamais effectuée d'un sursaut radio rapide (2016-03-01)."""
from goldlib import Doc

d = Doc('2016_03_01-002', '2016-03-01', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "FRB150418" is an identifier; "l'une des", "quelques millièmes de seconde" have no value.
# No count or money: no facts.
Q('1er mars 2016', 'date', '2016-03-01')
Q('17 e', 'ordinal', 17)                       # digit ordinal with a space: non-optional
Q("6 milliards d' années-lumière", 'measure', 6000000000, 'ly')
Q('10 000 ans', 'duration', 'P10000Y')
Q('premier', 'ordinal', 1, at='Le ', optional=True)   # spelled ordinal
Q('2007', 'date', '2007')

if __name__ == '__main__':
    d.write()
