"""Burundi : la FIDH alerte l'opinion internationale sur le risque génocidaire (2016-11-16)."""
from goldlib import Doc

d = Doc('2016_11_16-001', '2016-11-16', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('16 novembre 2016', 'date', '2016-11-16')
Q('hier', 'date', '2016-11-15', optional=True)
Q('15 novembre', 'date', '2016-11-15')
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('seconde', 'ordinal', 2, at='La ', optional=True)
Q('deux', 'count', 2, 'observateur', f=('OTHER', None, None, None))
Q('60 %', 'percent', 60, '%')
Q('40 %', 'percent', 40, '%')
Q('2013', 'date', '2013')
Q('2016', 'date', '2016', at='en ')
Q('vendredi', 'date', '2016-11-18', optional=True)  # article is Wednesday 16 Nov

if __name__ == '__main__':
    d.write()
