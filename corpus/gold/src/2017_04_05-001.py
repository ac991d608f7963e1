"""Espace : la sonde Cassini se prépare pour son Grand Final autour de Saturne (2017-04-05)."""
from goldlib import Doc

d = Doc('2017_04_05-001', '2017-04-05', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('5 avril 2017', 'date', '2017-04-05')
Q("Aujourd'hui", 'date', '2017-04-05', optional=True)
Q('2004', 'date', '2004')
Q('26 avril prochain', 'date', '2017-04-26')
Q('premier', 'ordinal', 1, optional=True)
# "Aucune sonde": not a quantity
Q('13 ans', 'duration', 'P13Y')
Q('22 avril', 'date', '2017-04-22')
Q('15 septembre', 'date', '2017-09-15')

if __name__ == '__main__':
    d.write()
