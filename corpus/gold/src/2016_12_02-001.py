"""Pakistan : l'armée a un nouveau chef (2016-12-02)."""
from goldlib import Doc

d = Doc('2016_12_02-001', '2016-12-02', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('2 décembre 2016', 'date', '2016-12-02')
Q('29 novembre', 'date', '2016-11-29')
# governments overthrown by the army (1958, 1977, 1999): something happened to them
Q('trois', 'count', 3, 'gouvernement', at='renversé ', f=('AFFECT', None, None, None))
Q('première', 'ordinal', 1, optional=True)
Q('trois fois', 'number', 3)
Q('1958', 'date', '1958')
Q('1977', 'date', '1977')
Q('1999', 'date', '1999')
Q('2008', 'date', '2008')
Q('2013', 'date', '2013', at=0)
Q('trois ans', 'duration', 'P3Y')
Q('26 novembre', 'date', '2016-11-26')
Q('2013', 'date', '2013', at=1)
Q('2013', 'date', '2013', at=2)

if __name__ == '__main__':
    d.write()
