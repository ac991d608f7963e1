"""France : trois jeunes fauchés sur l'autoroute A7 (2016-05-21)."""
from goldlib import Doc

d = Doc('2016_05_21-001', '2016-05-21', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-05-21'   # "Dans la nuit de ce samedi 21 mai, aux alentours de 3h30"
# "A7" is a road name; "tous les trois", "tous deux" are pronominal (not annotated).
Q('trois', 'count', 3, 'jeune', at=0, f=('KILL', 'A7', 'FR', D))
Q('21 mai 2016', 'date', D)
Q('samedi 21 mai', 'date', D)
Q('aux alentours de 3h30', 'time', '03:30', approx='approx')
Q('trois', 'count', 3, 'personne', at='fauché ', f=('KILL', 'Seyssuel', 'FR', D))
Q('Deux', 'count', 2, 'femme', f=('KILL', None, None, D))
Q('un', 'count', 1, 'homme', at='femmes et ', optional=True, f=('KILL', None, None, D))
Q('17 à 24 ans', 'age', 17, 'year', approx='range', value_max=24)
Q('trois', 'count', 3, 'personne', at='étaient les ', f=('OTHER', None, None, D))
Q('57 ans', 'age', 57, 'year')
Q('trois', 'count', 3, 'jeune', at='fauché les ', f=('KILL', None, None, D))
Q('quatrième', 'ordinal', 4, at='Un ', optional=True)
Q('quatrième', 'ordinal', 4, at='le ', optional=True)

if __name__ == '__main__':
    d.write()
