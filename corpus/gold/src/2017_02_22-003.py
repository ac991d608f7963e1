"""La disparition de l'opposant historique sème la confusion en RDC (2017-02-22)."""
from goldlib import Doc

d = Doc('2017_02_22-003', '2017-02-22', 'train', source='winer-fr/dev', entities=False)
Q = d.q

Q('22 février 2017', 'date', '2017-02-22')
Q('1 er février', 'date', '2017-02-01')
Q('84 ans', 'age', 84, 'year')
Q('trois fois', 'number', 3)
Q('fin 2017', 'date', '2017-12')
Q('31 décembre dernier', 'date', '2016-12-31')
Q('20 décembre', 'date', '2016-12-20')
Q('fin de 2017', 'date', '2017-12')

if __name__ == '__main__':
    d.write()
