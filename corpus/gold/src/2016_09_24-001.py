"""Triathlon : mondiaux ITU longue distance, Sylvain Sudrie et Jodie Swallow récidivent (2016-09-24)."""
from goldlib import Doc

d = Doc('2016_09_24-001', '2016-09-24', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# No count or money in the article: no facts. Spelled ordinals optional.
# "doublet" (a one-two finish) is a noun with a numeric sense: optional number.
Q('24 septembre 2016', 'date', '2016-09-24', at=0)
Q('samedi', 'date', '2016-09-24', optional=True)           # the article's Saturday
Q('cette années', 'date', '2016', optional=True)            # (sic) "cette année"
Q('41 ans', 'age', 41, 'year')
Q('2016', 'date', '2016', at='saison ')
Q('seconde', 'ordinal', 2, at='seule à la ', optional=True)
Q('sept minutes', 'duration', 'PT7M')
Q('second', 'ordinal', 2, at='son ', optional=True)          # "son second titre"
Q('2009', 'date', '2009')
Q('seconde', 'ordinal', 2, at='Steffen prend la ', optional=True)
Q('troisième', 'ordinal', 3, at='Mcbride la ', optional=True)
Q('six années', 'duration', 'P6Y')
Q('première', 'ordinal', 1, at='après sa ', optional=True)
Q('seconde', 'ordinal', 2, at='en ', optional=True)          # "en seconde position"
Q('seconde', 'ordinal', 2, at='seul à la ', optional=True)
Q('secondes', 'ordinal', 2, at='disputer les ', optional=True)
Q('troisième', 'ordinal', 3, at='secondes et ', optional=True)
Q('seconde', 'ordinal', 2, at='remonte à la ', optional=True)
Q('doublet', 'number', 2, optional=True)
Q('troisième', 'ordinal', 3, at='remporte la ', optional=True)
Q('24 septembre 2016', 'date', '2016-09-24', at=1)           # "Évènements du 24 septembre 2016"

if __name__ == '__main__':
    d.write()
