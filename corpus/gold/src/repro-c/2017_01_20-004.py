"""Australie : une voiture fonce dans la foule à Melbourne (2017-01-20)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_01_20-004', '2017-01-20', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-20'   # the Melbourne attack, "ce vendredi 20 janvier"
# Headline: "une voiture" is the instrument, not a counted participant; "plusieurs morts" no value.
Q('20 janvier 2017', 'date', T)
Q('vendredi 20 janvier', 'date', T)
Q('peu avant 14 h', 'time', '14:00', approx='approx')
Q('4 h', 'time', '04:00', at='soit ')
# Toll sentences name no place: location strictly null (guidelines).
Q('au moins quatre', 'count', 4, 'mort', approx='min', f=('KILL', None, None, T))
Q('Une vingtaine', 'count', 20, 'personne', approx='approx', f=('WOUND', None, None, T))
Q('cinq', 'count', 5, 'personne', f=('WOUND', None, None, T))   # elided: [personnes] in critical state
Q('un', 'count', 1, 'enfant', at='figure ', optional=True,
  f=('WOUND', None, None, T))   # indefinite participant: optional; victims unspecified (dead or injured)
Q('un', 'count', 1, 'homme', at='Le chauffeur, ', optional=True,
  f=('ARREST', None, None, T))  # indefinite participant arrested: optional as in the seed
Q('26 ans', 'age', 26, 'year')
# "cette ville" = Melbourne (description -> article's name)
Q('quatre millions', 'count', 4000000, 'habitant', f=('OTHER', 'Melbourne', 'AU', None))
Q('moins de deux kilomètres', 'measure', 2, 'km', approx='max')
Q('14 juillet', 'date', '2016-07-14')
Q('19 décembre', 'date', '2016-12-19', at='Berlin le ')
Q('8 janvier', 'date', '2017-01-08')
Q('19 décembre dernier', 'date', '2016-12-19')
Q('12', 'count', 12, 'personne', at='tuant ', f=('KILL', 'Berlin', 'DE', '2016-12-19'))
Q('jour de Noël', 'date', '2016-12-25', optional=True)   # holiday, digitless
Q('décembre 2014', 'date', '2014-12')
Q('un', 'count', 1, 'homme', at='2014, ', optional=True, f=('KILL', 'Sydney', 'AU', '2014-12'))
Q('deux', 'count', 2, 'personne', at='vie à ', f=('KILL', 'Sydney', 'AU', '2014-12'))

if __name__ == '__main__':
    d.write()
