"""Burundi : le second vice-président représente le pays au sommet du COMESA à Madagascar (2016-10-18)."""
from goldlib import Doc

d = Doc('2016_10_18-002', '2016-10-18', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "second vice-président" is a title (like "premier ministre"): not a quantity.
Q('18 octobre 2016', 'date', '2016-10-18')
Q('cette semaine', 'date', '2016-W42', optional=True)
Q('troisième', 'ordinal', 3, at='le ', optional=True)
Q('troisième', 'ordinal', 3, at='ce ', optional=True)
Q('2015', 'date', '2015')
Q('2017', 'date', '2017')

if __name__ == '__main__':
    d.write()
