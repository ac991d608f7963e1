"""Yémen : des membres d'Al-Qaïda tués par des tirs de drones (2017-01-22)."""
from goldlib import Doc

d = Doc('2017_01_22-001', '2017-01-22', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-22'   # "Ce dimanche" = dateline day
Y = ('Yémen', 'YE')
Q('22 janvier 2017', 'date', T)
Q('Ce dimanche', 'date', T, optional=True)
Q('trois', 'count', 3, 'homme', f=('KILL',) + Y + (T,))
Q('deux', 'count', 2, 'attaque', f=('OTHER',) + Y + (T,))   # the strikes themselves
Q('premières', 'ordinal', 1, optional=True)                    # "des premières [frappes]"
Q('mars 2015', 'date', '2015-03')                              # "Depuis mars 2015"
# Civil-war toll: no place named in the sentence ("dans le pays" is in the one
# before) -> null; date = the period's start given in the sentence.
Q('plus de 10 000', 'count', 10000, 'civil', approx='min', f=('KILL', None, None, '2015-03'))
Q('1 400', 'count', 1400, 'enfant', f=('KILL', None, None, '2015-03'))

if __name__ == '__main__':
    d.write()
