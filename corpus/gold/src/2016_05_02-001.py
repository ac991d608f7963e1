"""Informatique : Oracle se positionne sur les marchés du Smart Grid (2016-05-02)."""
from goldlib import Doc

d = Doc('2016_05_02-001', '2016-05-02', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# Footnote marks "[1]", "[2]" are not quantities; "l'un des" has no value.
Q('2 mai 2016', 'date', '2016-05-02')
# Estimated price of Oracle's purchase of Opower: money spent -> COST; the
# sentence names no place and the purchase is not dated.
Q('532 millions de dollars', 'money', 532000000, 'USD', f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
