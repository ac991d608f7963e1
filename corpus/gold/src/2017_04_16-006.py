"""Espace : la sonde Cassini entame son « Grand Final » (2017-04-16)."""
from goldlib import Doc

d = Doc('2017_04_16-006', '2017-04-16', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('16 avril 2017', 'date', '2017-04-16')
Q('22 avril', 'date', '2017-04-22')
Q('treize ans', 'duration', 'P13Y')
Q('126 e', 'ordinal', 126)
Q('979 kilomètres', 'measure', 979, 'km')
Q('26 avril', 'date', '2017-04-26')
Q('2 400 kilomètres', 'measure', 2400, 'km')
# 21 further passes "jusqu'au 15 septembre": deadline taken as the fact's date (guidelines).
Q('21', 'count', 21, 'passage', f=('OTHER', None, None, '2017-09-15'))
# "à raison d'un tous les six jours": "un" = one pass (a rate), optional.
Q('un', 'count', 1, 'passage', at="raison d'", optional=True, f=('OTHER', None, None, None))
Q('six jours', 'duration', 'P6D')
Q('15 septembre', 'date', '2017-09-15')
Q('146 jours', 'duration', 'P146D')

if __name__ == '__main__':
    d.write()
