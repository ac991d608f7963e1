"""France : 29 supporteurs blessés par l'effondrement d'une barrière lors de match de football (2017-10-01)."""
from goldlib import Doc

d = Doc('2017_10_01-003', '2017-10-01', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-09-30'
# "UTC+2" is a time zone; "Des dizaines de personnes" has no definite value.
Q('29', 'count', 29, 'supporteur', f=('WOUND', 'France', 'FR', D))
Q('1er octobre 2017', 'date', '2017-10-01')
Q('Samedi le 30 septembre 2017', 'date', D)
Q('vers 20 h 13', 'time', '20:13', approx='approx')
Q('Au moins 29', 'count', 29, 'personne', approx='min', f=('WOUND', None, None, D))

if __name__ == '__main__':
    d.write()
