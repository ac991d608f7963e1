"""Concours Eurovision de la chanson 2016 : les résultats de la première demi-finale (2016-05-11)."""
from goldlib import Doc
d = Doc('2016_05_11-001', '2016-05-11', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

# No count or money in the article: quantities only, no facts.
# "2016" after the event name is a date (guideline); spelled ordinals are optional.
Q('2016', 'date', '2016', at=0)                       # headline
Q('première', 'ordinal', 1, at=0, optional=True)      # headline
Q('11 mai 2016', 'date', '2016-05-11')
Q('mardi 10 mai', 'date', '2016-05-10')               # explicit date with weekday: non-optional ("Ce" left out)
Q('première', 'ordinal', 1, at='se déroulait la ', optional=True)
Q('2016', 'date', '2016', at='concours Eurovision de la chanson ')
Q('2000', 'date', '2000')
Q('première', 'ordinal', 1, at='lors de cette ', optional=True)
Q('première', 'ordinal', 1, at='titre lors de la ', optional=True)

if __name__ == '__main__':
    d.write()
