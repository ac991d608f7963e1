"""France : plusieurs personnes poignardées dans le métro parisien (2017-01-21)."""
from goldlib import Doc

d = Doc('2017_01_21-012', '2017-01-21', 'test', source='winer-fr/dev', entities=False)
Q = d.q

T = '2017-01-19'  # "Jeudi 19 janvier au soir": the whole night of attacks
Q('21 janvier 2017', 'date', '2017-01-21')
Q('Jeudi 19 janvier', 'date', T)
Q('un', 'count', 1, 'homme', at='au soir, ', optional=True, f=('OTHER', None, None, T))  # the attacker
Q('entre 25 et 35 ans', 'age', 25, 'year', approx='range', value_max=35)
Q('X e et XIX e', 'ordinal', 10, approx='range', value_max=19, optional=True)  # arrondissements
Q('trois', 'count', 3, 'coup', f=('OTHER', 'ligne 7', 'FR', T))
Q('vers 21 heures', 'time', '21:00', approx='approx')
Q('un', 'count', 1, 'homme', at='ligne 7, à ', optional=True, f=('WOUND', 'ligne 7', 'FR', T))
Q('vers 23 heures', 'time', '23:00', approx='approx')
Q('un', 'count', 1, 'voyageur', at='poignarder ', optional=True, f=('OTHER', 'Jacques Bonsergent', 'FR', T))
Q('deux heures', 'duration', 'PT2H')
Q('deux', 'count', 2, 'voyageur', at='agresse ', f=('WOUND', "Gare de l'Est", 'FR', T))

if __name__ == '__main__':
    d.write()
