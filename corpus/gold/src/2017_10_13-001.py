"""Irak : défaite rapide de Daech à Hawija (2017-10-13)."""
from goldlib import Doc
d = Doc('2017_10_13-001', '2017-10-13', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('13 octobre 2017', 'date', '2017-10-13')
Q('21 septembre', 'date', '2017-09-21')
# jihadists routed by the offensive: something happened to them -> AFFECT; no place
# in the sentence; its only date is the offensive's launch (21 Sept).
Q('quelque 2 000', 'count', 2000, 'djihadiste', approx='approx',
  f=('AFFECT', None, None, '2017-09-21'))
Q('trois semaines', 'duration', 'P3W')
# "Plusieurs centaines d'entre eux" (like "plusieurs milliers": approx quantity);
# elided noun = "combattants de Daech"; surrendered as prisoners -> ARREST;
# the sentence places the Kurdish forces "au nord d'Hawija". Value undecidable: 200.
Q('Plusieurs centaines', 'count', 200, 'combattant', approx='approx',
  f=('ARREST', 'Hawija', 'IQ', None))
Q('1 300', 'count', 1300, 'djihadiste', f=('KILL', None, None, None))
Q("près d'un milliers", 'count', 1000, 'prisonnier', approx='approx',
  f=('ARREST', None, None, None))
Q("la fin de l'année", 'date', '2017-12', optional=True)   # digitless relative

if __name__ == '__main__':
    d.write()
