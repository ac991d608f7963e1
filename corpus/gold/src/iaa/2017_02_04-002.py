"""France : des militaires agressés au Louvre (2017-02-04)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_02_04-002', '2017-02-04', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-02-03'   # the attack, "Ce vendredi 3 février"
Q('4 février 2017', 'date', '2017-02-04')
Q('vendredi 3 février', 'date', A)
# indefinite "un homme": the attacker, participant of the reported event -> optional
Q('un', 'count', 1, 'homme', at='3 février, ', optional=True,
  f=('OTHER', 'Carrousel du Louvre', 'FR', A))
Q('29 ans', 'age', 29, 'year')
Q('deux', 'count', 2, 'machette', at='armé de ', f=('OTHER', None, None, A))
Q('40 cm', 'measure', 40, 'cm')
Q('quatre', 'count', 4, 'militaire', f=('AFFECT', 'Carrousel du Louvre', 'FR', A))   # soldiers attacked
Q('aux environs de 9 h 50', 'time', '09:50', approx='approx')
Q('premier', 'ordinal', 1, at='un ', optional=True)
Q('second', 'ordinal', 2, optional=True)
Q('première', 'ordinal', 1, at='une ', optional=True)
Q('trois reprises', 'number', 3)          # "à trois reprises" = three times (multiplier, like "fois")
Q('deux', 'count', 2, 'militaire', at='militaires, ', f=('WOUND', None, None, A))
Q('novembre dernier', 'date', '2016-11')
Q('un mois', 'duration', 'P1M', optional=True)
Q('du 20 janvier au 20 février', 'date', '2017-01-20', approx='range', value_max='2017-02-20')
Q('26 janvier', 'date', '2017-01-26')
Q('une semaine', 'duration', 'P1W', at='pour ', optional=True)
Q('deux', 'count', 2, 'machette', at='acheté les ', f=('OTHER', 'Paris', 'FR', None))
Q('5 février', 'date', '2017-02-05')
Q('960 euros', 'money', 960, 'EUR', f=('SEIZE', None, None, None))   # found in the search
Q('environ une semaine', 'duration', 'P1W', approx='approx', optional=True)
Q('deux', 'count', 2, 'visa', at='et ', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, at='pas la ', optional=True)
Q('Deux ans', 'duration', 'P2Y')
Q('un', 'count', 1, 'militaire', at='similaire d\'', optional=True,
  f=('AFFECT', 'Nice', 'FR', '2015-02-03'))

if __name__ == '__main__':
    d.write()
