"""Concours Eurovision de la chanson 2016 : les résultats de la seconde demi-finale (2016-05-12)."""
from goldlib import Doc

d = Doc('2016_05_12-001', '2016-05-12', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# No count in the article (countries are listed by name). Spelled ordinals optional.
Q('2016', 'date', '2016', at=0)                   # headline, year after event name
Q('seconde', 'ordinal', 2, at=0, optional=True)   # headline
Q('12 mai 2016', 'date', '2016-05-12')
Q('jeudi 12 mai', 'date', '2016-05-12')
Q('seconde', 'ordinal', 2, at='se déroulait la ', optional=True)
Q('2016', 'date', '2016', at=2)   # "concours Eurovision de la chanson 2016 qui"
Q('2000', 'date', '2000')
Q('seconde', 'ordinal', 2, at='lors de cette ', optional=True)
Q('première', 'ordinal', 1, at=0, optional=True)
Q('première', 'ordinal', 1, at=1, optional=True)

if __name__ == '__main__':
    d.write()
