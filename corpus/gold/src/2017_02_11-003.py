"""Biodiversité : le premier champignon subaquatique à lames découvert en Europe (2017-02-11)."""
from goldlib import Doc

d = Doc('2017_02_11-003', '2017-02-11', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('premier', 'ordinal', 1, at='le ', optional=True)
Q('11 février 2017', 'date', '2017-02-11')
Q('8 février 2017', 'date', '2017-02-08')
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('2015', 'date', '2015')
Q('2016', 'date', '2016')
Q('2', 'count', 2, 'spécimen', at='des ', f=('OTHER', None, None, None))
Q('2010', 'date', '2010')
Q('plus de 3000', 'count', 3000, 'espèce', approx='min', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
