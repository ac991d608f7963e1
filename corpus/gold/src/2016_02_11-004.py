"""France : le Conseil d'Etat juge illégale la sélection en master (2016-02-11)."""
from goldlib import Doc

d = Doc('2016_02_11-004', '2016-02-11', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

# "Master 1", "Master 2", "M1", "M2" are names of degree years, not quantities.
Q('11 février 2016', 'date', '2016-02-11')
Q('première', 'ordinal', 1, optional=True)
Q('deuxième', 'ordinal', 2, optional=True)
Q('10 février', 'date', '2016-02-10')
Q('quatre semestres', 'duration', 'P24M')  # a semester = six months

if __name__ == '__main__':
    d.write()
