"""Congo : le président Denis Sassou-Nguesso réélu (2016-03-24)."""
from goldlib import Doc

d = Doc('2016_03_24-003', '2016-03-24', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

V = '2016-03-20'  # "le scrutin du 20 mars"
Q('24 mars 2016', 'date', '2016-03-24')
Q('premier', 'ordinal', 1, at='dès le ', optional=True)
Q('mercredi', 'date', '2016-03-23', at='nuit de ', optional=True)
Q('jeudi', 'date', '2016-03-24', at='mercredi à ', optional=True)
Q('60 %', 'percent', 60, '%')
Q('20 mars', 'date', V)
Q('32 ans', 'duration', 'P32Y')
Q('deuxième', 'ordinal', 2, optional=True)
Q('un peu plus de 15 %', 'percent', 15, '%', approx='min')
Q('troisième', 'ordinal', 3, optional=True)
Q('environ 14 %', 'percent', 14, '%', approx='approx')
Q('Mercredi', 'date', '2016-03-23', optional=True)
# the two opposition candidates (competitors of the election) contested the partial results on Wednesday
Q('deux', 'count', 2, 'candidat', at='ces ', f=('PARTICIPATE', None, None, '2016-03-23'))
Q('67 %', 'percent', 67, '%')
# "dans l'ensemble du pays" = the Republic of the Congo
Q('neuf', 'count', 9, 'candidat', f=('PARTICIPATE', 'Congo', 'CG', V))
Q('la veille', 'date', '2016-03-19', optional=True)

if __name__ == '__main__':
    d.write()
