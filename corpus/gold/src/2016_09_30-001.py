"""Championnat de France de handball 2016-2017 : les résultats de la seconde journée (2016-09-30)."""
from goldlib import Doc

d = Doc('2016_09_30-001', '2016-09-30', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "un but", "un match nul": indefinite articles, not counts. "D1" is a name.
Q('2016-2017', 'date', '2016', approx='range', value_max='2017')   # season in the headline
Q('seconde', 'ordinal', 2, at='résultats de la ', optional=True)
Q('30 septembre 2016', 'date', '2016-09-30')
Q('seconde', 'ordinal', 2, at='dans cette ', optional=True)
Q('première', 'ordinal', 1, at='éviter la ', optional=True)
Q('la semaine dernière', 'date', '2016-W38', optional=True)         # digitless deictic
Q('premier', 'ordinal', 1, at='pour son ', optional=True)
Q('première', 'ordinal', 1, at='dans la ', optional=True)
# sport statistic -> OTHER; Saran/Nîmes are teams here, no place; match day not given
Q('15', 'count', 15, 'ballon', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, at='chercher leur ', optional=True)

if __name__ == '__main__':
    d.write()
