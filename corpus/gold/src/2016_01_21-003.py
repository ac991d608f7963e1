"""Brésil : l'épidémie de Zika provoque de plus en plus de malformations chez les nouveau-nés (2016-01-21)."""
from goldlib import Doc

d = Doc('2016_01_21-003', '2016-01-21', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('21 janvier 2016', 'date', '2016-01-21')
# Cumulative tally "depuis octobre" (October 2015); epidemic cases -> AFFECT.
# Brazil is named only in the previous sentence: strict location -> null.
Q('3 893', 'count', 3893, 'cas', f=('AFFECT', None, None, '2015-10'))
Q('octobre', 'date', '2015-10')
# "selon le ministère brésilien": an adjective gives no location.
Q('Cinq', 'count', 5, 'bébé', f=('KILL', None, None, None))
Q('44', 'count', 44, 'mort', f=('KILL', None, None, None))
Q("aujourd'hui", 'date', '2016-01-21', optional=True)
# "quelques dizaines" (like "plusieurs milliers", but with no decidable value):
# optional, value a guess; spread over four départements of France -> France.
Q('quelques dizaines', 'count', 20, 'cas', approx='approx', optional=True,
  f=('AFFECT', 'France', 'FR', None))

if __name__ == '__main__':
    d.write()
