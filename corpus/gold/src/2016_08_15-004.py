"""Jeux olympiques de Rio : triplé historique pour Bolt au 100m (2016-08-15)."""
from goldlib import Doc

d = Doc('2016_08_15-004', '2016-08-15', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "le 100m", "le 200m", "le 4x100m" name disciplines: optional measures.
Q('100m', 'measure', 100, 'm', at=0, optional=True)
Q('15 août 2016', 'date', '2016-08-15')
Q('100m', 'measure', 100, 'm', at='courant le ', optional=True)
Q('9"81', 'duration', 'PT9.81S')          # race time
Q('premier', 'ordinal', 1, at='le ', optional=True)
Q('trois', 'count', 3, 'médaille', f=('OTHER', None, None, None))
Q('200m', 'measure', 200, 'm', optional=True)
Q('4x100m', 'measure', 400, 'm', optional=True)
Q('2008', 'date', '2008')
Q('2012', 'date', '2012')
Q('trois', 'count', 3, 'discipline', at='les ', f=('OTHER', None, None, None))
Q('troisième', 'ordinal', 3, optional=True)
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('7 e', 'ordinal', 7)
Q('10"', 'duration', 'PT10S')             # "au-dessus des 10"" (seconds)

if __name__ == '__main__':
    d.write()
