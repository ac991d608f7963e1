"""France : une voiture fonce dans un groupe de cyclistes en Vendée et provoque un mort et plusieurs blessés (2016-09-05)."""
from goldlib import Doc

d = Doc('2016_09_05-001', '2016-09-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-09-05'   # "Ce lundi matin"
# "un mort" in a toll: indefinite "un" counting a participant -> optional (as "Déjà un abandon")
Q('un', 'count', 1, 'mort', at='provoque ', optional=True, f=('KILL', 'Vendée', 'FR', D))
Q('Ce lundi', 'date', D, optional=True)
Q('5 septembre 2016', 'date', D)
Q('65 à 80 ans', 'age', 65, 'year', approx='range', value_max=80)
Q('vers 10 h', 'time', '10:00', approx='approx')
Q('78 ans', 'age', 78, 'year')
Q('premiers', 'ordinal', 1, optional=True)
Q('un', 'count', 1, 'mort', at="état d'", optional=True, f=('KILL', None, None, D))
Q('67 ans', 'age', 67, 'year')
Q('trois', 'count', 3, 'blessé', f=('WOUND', None, None, D))
Q('un', 'count', 1, 'blessé', at='dont ', f=('WOUND', None, None, D))
Q('six', 'count', 6, 'blessé', f=('WOUND', None, None, D))

if __name__ == '__main__':
    d.write()
