"""L'énergie éolienne dépasse le charbon en Europe (2017-02-09)."""
from goldlib import Doc

d = Doc('2017_02_09-001', '2017-02-09', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('9 février 2017', 'date', '2017-02-09')
Q('première', 'ordinal', 1, optional=True)
Q('2016', 'date', '2016', at='première fois en ')
Q('153,7 GW', 'measure', 153.7, 'GW')
Q('12,5', 'measure', 12.5, 'GW')  # "dont 12,5 [GW]"
Q("l'année dernière", 'date', '2016', at='installés ', optional=True)
Q('près de 8 %', 'percent', 8, '%', approx='approx')
Q('51 %', 'percent', 51, '%')
Q('2016', 'date', '2016', at='installées en ')
Q("l'année dernière", 'date', '2016', at='capacité ', optional=True)
# Spread over two countries (France, Pays-Bas): no location.
Q('deux', 'count', 2, 'pays', f=('OTHER', None, None, '2016'))
Q('10,4 %', 'percent', 10.4, '%')
Q('39 %', 'percent', 39, '%')
Q('60 %', 'percent', 60, '%')

if __name__ == '__main__':
    d.write()
