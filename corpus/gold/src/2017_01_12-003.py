"""Brésil : des émeutes dans des prisons font une centaine de morts (2017-01-12)."""
from goldlib import Doc

d = Doc('2017_01_12-003', '2017-01-12', 'train', source='winer-fr/train', entities=False)
Q = d.q

W = '2017-01'     # the week of riots (1-8 January)
M = '2017-01-01'  # Manaus, night of 1 to 2 January (evening it began)
J = '2017-01-12'  # "jeudi" = the article's Thursday
Q('une centaine', 'count', 100, 'mort', approx='approx', f=('KILL', 'Brésil', 'BR', W))
Q('12 janvier 2017', 'date', '2017-01-12')
Q('Quatre', 'count', 4, 'détenu', f=('KILL', 'Manaus', 'BR', '2017-01-08'))
Q('dimanche 8 janvier', 'date', '2017-01-08')
Q('une semaine', 'duration', 'P1W', optional=True)
Q('plus de 100', 'count', 100, 'mort', approx='min', f=('KILL', 'Brésil', 'BR', W))
Q('du 1er au 2 janvier', 'date', '2017-01-01', approx='range', value_max='2017-01-02')
Q('deux', 'count', 2, 'organisation', f=('OTHER', 'Manaus', 'BR', M))
Q('56', 'count', 56, 'personne', f=('KILL', 'Manaus', 'BR', M))
Q('dix-sept heures', 'duration', 'PT17H')
Q('Douze', 'count', 12, 'surveillant', f=('KIDNAP', None, None, M))
Q('184', 'count', 184, 'détenu', f=('OTHER', None, None, M))
Q('65', 'count', 65, 'détenu', f=('ARREST', None, None, None))
Q('Cinq jours', 'duration', 'P5D')
Q('31', 'count', 31, 'détenu', f=('KILL', 'Roraima', 'BR', '2017-01-06'))
Q("moins d'une heure", 'duration', 'PT1H', approx='max', optional=True)
Q('premiers', 'ordinal', 1, optional=True)
Q('fin 2014', 'date', '2014')
Q('quatrième', 'ordinal', 4, optional=True)
Q('167%', 'percent', 167, '%')
Q('jeudi', 'date', J, optional=True)
Q('au moins une', 'count', 1, 'prison', approx='min', optional=True, f=('OTHER', None, None, None))
Q('27', 'count', 27, 'état', f=('OTHER', 'Brésil', 'BR', None))
Q('800 millions de réals', 'money', 800000000, 'BRL', f=('COST', 'Brésil', 'BR', J))
Q("250 millions d' euros environ", 'money', 250000000, 'EUR', approx='approx', f=('COST', 'Brésil', 'BR', J))
Q('deux', 'count', 2, 'bâtiment', at='disposeraient de ', f=('OTHER', None, None, None))
Q('cinq', 'count', 5, 'unité', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
