"""Championnat de France de handball 2016-2017 : les résultats de la neuvième journée (2016-11-26)."""
from goldlib import Doc

d = Doc('2016_11_26-001', '2016-11-26', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-11-26'
# season years after the competition name: one date range
Q('2016-2017', 'date', '2016', approx='range', value_max='2017')
Q('neuvième', 'ordinal', 9, optional=True)
Q('26 novembre 2016', 'date', D)
Q('seconde', 'ordinal', 2, optional=True)
Q('10 premières minutes', 'duration', 'PT10M')   # like "les 6 premiers mois"
Q('première', 'ordinal', 1, at='reste de la ', optional=True)
Q('3 e', 'ordinal', 3)
Q('première', 'ordinal', 1, at='dans la ', optional=True)
# "trio de tête": no number word, not annotated
Q('premier', 'ordinal', 1, at='Ce ', optional=True)
# points gap in the standings: sport statistic -> OTHER; teams are not places of the figure
Q('deux', 'count', 2, 'point', f=('OTHER', None, None, D))
Q('premier', 'ordinal', 1, at='le ', optional=True)

if __name__ == '__main__':
    d.write()
