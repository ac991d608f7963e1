"""France : des dizaines de cochons d'Inde massacrés dans l'Hérault (2017-01-24)."""
from goldlib import Doc

d = Doc('2017_01_24-002', '2017-01-24', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

N = '2017-01-16'   # night of Monday 16 to Tuesday 17: the evening it began
# headline "des dizaines de cochons d'Inde": no definite value, not a quantity
Q('24 janvier 2017', 'date', '2017-01-24')
Q('de lundi 16 à mardi 17 janvier', 'date', '2017-01-16', approx='range', value_max='2017-01-17')
# rabbits and guinea pigs counted together; unit = first counted noun. Killed -> KILL.
Q('une quarantaine', 'count', 40, 'lapin', approx='approx', f=('KILL', 'Agde', 'FR', N))
# "détruit la quinzaine d'enclos" -> AFFECT; no place named in that sentence
Q('quinzaine', 'count', 15, 'enclos', approx='approx', f=('AFFECT', None, None, N))
# "deux d'entre elles" = two of the "bêtes"; examined by a vet -> INSPECT
Q('deux', 'count', 2, 'bête', f=('INSPECT', None, None, None))

if __name__ == '__main__':
    d.write()
