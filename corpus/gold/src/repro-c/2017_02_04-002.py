"""France : des militaires agressés au Louvre (2017-02-04)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_02_04-002', '2017-02-04', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-02-03'   # the attack, "Ce vendredi 3 février"
L = ('Carrousel du Louvre', 'FR')   # most specific place of the lead sentence
Q('4 février 2017', 'date', '2017-02-04')
Q('vendredi 3 février', 'date', T)
Q('un', 'count', 1, 'homme', at='février, ', optional=True,
  f=('OTHER',) + L + (T,))   # indefinite participant (the attacker): optional
Q('29 ans', 'age', 29, 'year')
Q('deux', 'count', 2, 'machette', at='armé de ', f=('OTHER', None, None, T))   # carried, not yet seized
Q('40 cm', 'measure', 40, 'cm')
Q('quatre', 'count', 4, 'militaire', f=('AFFECT',) + L + (T,))   # soldiers attacked
Q('aux environs de 9 h 50', 'time', '09:50', approx='approx')
Q('premier', 'ordinal', 1, at='tête un ', optional=True)
Q('second', 'ordinal', 2, optional=True)
Q('première', 'ordinal', 1, at='tirant une ', optional=True)
Q('trois', 'count', 3, 'reprise', f=('OTHER', None, None, T))   # shots fired "à trois reprises"
Q('deux', 'count', 2, 'militaire', at='militaires, ', f=('WOUND', None, None, T))   # "deux d'entre eux"
Q('novembre dernier', 'date', '2016-11')
Q('un mois', 'duration', 'P1M', optional=True)   # un/une duration: optional
Q('du 20 janvier au 20 février', 'date', '2017-01-20', approx='range', value_max='2017-02-20')
Q('26 janvier', 'date', '2017-01-26')
Q('une semaine', 'duration', 'P1W', at='voiture pour ', optional=True)
Q('deux', 'count', 2, 'machette', at='acheté les ', f=('OTHER', 'Paris', 'FR', None))   # purchase, sentence names Paris
Q('5 février', 'date', '2017-02-05')
# Items found in the search of the flat (perquisition) -> SEIZE; no place named, date unknown.
Q('960 euros', 'money', 960, 'EUR', f=('SEIZE', None, None, None))
Q('environ une semaine', 'duration', 'P1W', approx='approx', optional=True)
Q('deux', 'count', 2, 'visa', at='et ', f=('SEIZE', None, None, None))   # "pour la Turquie" is a destination
Q('première', 'ordinal', 1, at='pas la ', optional=True)
Q('Deux ans', 'duration', 'P2Y')

if __name__ == '__main__':
    d.write()
