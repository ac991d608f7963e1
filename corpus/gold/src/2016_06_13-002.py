"""Triathlon : Ironman Cairns, Tim Berkel et Jodie Swallow victorieux (2016-06-13)."""
from goldlib import Doc

d = Doc('2016_06_13-002', '2016-06-13', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

R = '2016-06-12'   # the race, "L'épreuve de Cairns du 12 juin 2016"
Q('13 juin 2016', 'date', '2016-06-13')
Q('2011', 'date', '2011')                        # "depuis 2011": preposition out
Q('12 juin 2016', 'date', R)
Q('deux fois', 'number', 2)                      # multiplier
Q('second', 'ordinal', 2, at='deux fois ', optional=True)
Q('2013 et 2014', 'date', '2013', approx='range', value_max='2014')
Q('premier', 'ordinal', 1, at='sort ', optional=True)
# competitors -> PARTICIPATE; no place named in the sentence; date of the race
Q('deux', 'count', 2, 'compatriote', at='suivie par ', f=('PARTICIPATE', None, None, R))
Q('2015', 'date', '2015', at='bronze en ')
# "Les trois [Australiens]": elided count, but close to pronominal "tous deux"
# (not annotated): undecidable -> optional
Q('trois', 'count', 3, 'australien', at='Les ', optional=True,
  f=('PARTICIPATE', None, None, R))
Q('seconde', 'ordinal', 2, at='peu avant la ', optional=True)
Q('1 er', 'ordinal', 1)                          # digit ordinal with a space
Q('six minutes', 'duration', 'PT6M')
Q('5 e', 'ordinal', 5, at='en ')
Q('seconde', 'ordinal', 2, at='position de la ', optional=True)
Q('8 heures 15 minutes et 3 secondes', 'duration', 'PT8H15M3S')
Q('seconde', 'ordinal', 2, at='Dellow dans une performance également exceptionnelle prend la ', optional=True)
Q('100%', 'percent', 100, '%')                   # "podium 100% australien"
Q('2015', 'date', '2015', at='victorieuse en ')
Q('deux semaines', 'duration', 'P2W')            # "deux semaines plus tôt"
Q('moins de 50 minutes', 'duration', 'PT50M', approx='max')
Q('trois minutes', 'duration', 'PT3M')
Q('première', 'ordinal', 1, at='ses ', optional=True)
Q('seconde', 'ordinal', 2, at='vélo à la ', optional=True)
Q('21 minutes', 'duration', 'PT21M')
Q('4 heures 50 minutes et 39 secondes', 'duration', 'PT4H50M39S')
Q('3 heures, 21 minutes et 28 secondes', 'duration', 'PT3H21M28S')
Q('9 heures 6 minutes et 18 secondes', 'duration', 'PT9H6M18S')
Q('seconde', 'ordinal', 2, at='Crowley prend la ', optional=True)
Q('troisième', 'ordinal', 3, optional=True)

if __name__ == '__main__':
    d.write()
