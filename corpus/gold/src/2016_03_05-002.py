"""Triathlon : WTS 2016, Abu Dhabi en ouverture (2016-03-05)."""
from goldlib import Doc

d = Doc('2016_03_05-002', '2016-03-05', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# The Abu Dhabi stage ran "le 4 et 5 mars": the races' day is not said, so the
# facts take the month that holds both days (as the seed's "semaine d'octobre").
# No sentence with a count names Abu Dhabi: locations null ("Jeux olympiques de
# Rio" is the goal of the contest, not where the figure happened).
T = '2016-03'
P = ('PARTICIPATE', None, None, T)
Q('2016', 'date', '2016', at='WTS ')                      # headline, year after event name
Q('5 mars 2016', 'date', '2016-03-05')
Q('2016', 'date', '2016', at='séries mondiales de triathlon ')
Q('4 et 5 mars', 'date', '2016-03-04', approx='range', value_max='2016-03-05')
Q('première', 'ordinal', 1, at='accueillit la ', optional=True)
Q('1,5 km', 'measure', 1.5, 'km')
Q('40 km', 'measure', 40, 'km')
Q('10 km', 'measure', 10, 'km')
Q('2016', 'date', '2016', at='La saison ')
Q('juillet', 'date', '2016-07', at='triathlon olympique de ')
Q('premiers', 'ordinal', 1, at='partie des ', optional=True)   # "les premiers sélectionnés"
Q('2016', 'date', '2016', at="Jeux olympiques d'été de ")
Q('2016', 'date', '2016', at='séries mondiales ')
Q('2015', 'date', '2015', at='celle de ')
Q('première', 'ordinal', 1, at='lors de la ', optional=True)
Q('seconde', 'ordinal', 2, at='à la ', optional=True)
Q('10 secondes', 'duration', 'PT10S')
Q('deuxième', 'ordinal', 2, at='remporte sa ', optional=True)
Q('1 heures 46 minutes et 39 secondes', 'duration', 'PT1H46M39S')
Q('première', 'ordinal', 1, at='remporte pour la ', optional=True)
Q('deux', 'count', 2, 'britannique', at='Helen Jenkins , les ', f=P)     # contenders fighting for an Olympic place
Q('trois', 'count', 3, 'groupe', at='en ', f=('OTHER', None, None, T))
Q('38', 'count', 38, 'triathlète', f=P)
Q('deux', 'count', 2, 'échappée', at='pied, les ', f=P)
# the pack of 40 "subit un carambolage": the crash is what happens to them -> AFFECT
Q('40', 'count', 40, 'compétitrice', at='peloton de ', f=('AFFECT', None, None, T))
Q('deux', 'ordinal', 2, at='zone de transition ', optional=True)   # "transition deux" = T2, name-like
Q('Quatre', 'count', 4, 'triathlète', f=P)
Q('seconde', 'ordinal', 2, at='positionner en ', optional=True)
Q('première', 'ordinal', 1, at='franchit ', optional=True)
Q('1 heure 56 minutes et 10 secondes', 'duration', 'PT1H56M10S')
Q('6 e', 'ordinal', 6)
Q('1:57:17', 'duration', 'PT1H57M17S')

if __name__ == '__main__':
    d.write()
