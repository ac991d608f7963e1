"""Vatican : mise au point sur la crémation dans les rites funéraires catholiques (2016-10-25)."""
from goldlib import Doc

d = Doc('2016_10_25-002', '2016-10-25', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('25 octobre 2016', 'date', '2016-10-25')
Q('28 mars', 'date', '2016-03-28')     # "le 28 mars précédent"
Q('15 août', 'date', '2016-08-15')
Q('1963', 'date', '1963')
# "son 8 e article": a digit ordinal ("8 e" with space), not "article 8" identifier
Q('8 e', 'ordinal', 8)
# "en une seule part": emphatic "une seule" -> non-optional count (guideline)
Q('une', 'count', 1, 'part', at='en ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
