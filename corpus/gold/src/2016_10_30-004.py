"""Championnat de France de handball 2016-2017 : les résultats de la sixième journée (2016-10-30)."""
from goldlib import Doc
d = Doc('2016_10_30-004', '2016-10-30', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('2016-2017', 'date', '2016', approx='range', value_max='2017')   # season, as "l'édition 2012-2013"
Q('sixième', 'ordinal', 6, at='de la ', optional=True)
Q('30 octobre 2016', 'date', '2016-10-30')
Q('sixième', 'ordinal', 6, at='Cette ', optional=True)
Q('première', 'ordinal', 1, at='vu la ', optional=True)
# sport statistic -> OTHER; no place named for it in its sentence
Q('deux', 'count', 2, 'match', at='saisons (', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, at='réalise donc la ', optional=True)
Q('première', 'ordinal', 1, at='en ', optional=True)
Q('seconde', 'ordinal', 2, optional=True)
Q('troisième', 'ordinal', 3, optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('plus de vingt minutes', 'duration', 'PT20M', approx='min')
# "il y a deux journées": a "journée" here is a championship round, not a day,
# so a count of rounds (OTHER) rather than a P2D duration.
Q('deux', 'count', 2, 'journée', at='il y a ', f=('OTHER', None, None, None))
Q('6 e', 'ordinal', 6)

if __name__ == '__main__':
    d.write()
