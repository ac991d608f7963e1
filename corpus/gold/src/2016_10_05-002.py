"""Le prix Nobel de chimie récompense les « plus petites machines au monde » (2016-10-05)."""
from goldlib import Doc

d = Doc('2016_10_05-002', '2016-10-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('5 octobre 2016', 'date', '2016-10-05')
Q('9\u202fh\u202f55', 'time', '09:55')  # "UTC" left out
# "Jean-Pierre Sauvage, de l'université de Strasbourg": affiliation, not the figure's place
Q('deux', 'count', 2, 'molécule', f=('OTHER', None, None, '1983'))
Q('1983', 'date', '1983')
Q('1991', 'date', '1991')
Q('1999', 'date', '1999')
Q('premier', 'ordinal', 1, at='fut le ', optional=True)
Q('trois', 'count', 3, 'lauréat', f=('OTHER', None, None, None))
Q('années 1830', 'date', '1830', approx='range', value_max='1839')

if __name__ == '__main__':
    d.write()
