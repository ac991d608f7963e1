"""Triathlon : WTS 2017, Gold Coast seconde étape du tour mondial (2017-04-08)."""
from goldlib import Doc

d = Doc('2017_04_08-003', '2017-04-08', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

Q('2017', 'date', '2017', at=0)                    # headline, year after event name
Q('seconde', 'ordinal', 2, at='Gold Coast ', optional=True)
Q('8 avril 2017', 'date', '2017-04-08')
Q('2017', 'date', '2017', at='(WTS ')
Q('seconde', 'ordinal', 2, at='ont vu la ', optional=True)
Q('750 mètres', 'measure', 750, 'm')
Q('20 kilomètres', 'measure', 20, 'km')
Q('cinq', 'measure', 5, 'km')                      # "cinq [kilomètres] de course à pied": unit of its twin
Q('deuxième', 'ordinal', 2, at="d'un ", optional=True)
# races won out of races run: sport statistic -> OTHER; sentence names no place
Q('deux', 'count', 2, 'épreuve', at='victoire en ', f=('OTHER', None, None, None))
Q('premiers', 'ordinal', 1, at='dès les ', optional=True)
Q('seconde', 'ordinal', 2, at='vélo à la ', optional=True)
Q('une quinzaine de secondes', 'duration', 'PT15S', approx='approx')
Q('seconde', 'ordinal', 2, at='Richard Murray prend la ', optional=True)
Q('troisième', 'ordinal', 3, optional=True)
Q('première', 'ordinal', 1, at='Après une ', optional=True)
Q('deuxième', 'ordinal', 2, at='remporte la ', optional=True)
Q('seconde', 'ordinal', 2, at='significatif, la ', optional=True)
Q('seconde', 'ordinal', 2, at='Juri Ide , la ', optional=True)

if __name__ == '__main__':
    d.write()
