"""Duathlon : championnat de France 2016, Benjamin Choquert et Sabrina Montmarteau l'emportent (2016-05-08)."""
from goldlib import Doc

d = Doc('2016_05_08-001', '2016-05-08', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-05-08'  # "dimanche": the championships at Gravelines
Q('2016', 'date', '2016', at=0)
Q('8 mai 2016', 'date', T)
Q('2016', 'date', '2016', at='duathlon ')
Q('dimanche', 'date', T, optional=True)
Q('seconde', 'ordinal', 2, at='France, la ', optional=True)  # seconde étape
Q('première', 'ordinal', 1, at='contrôle de la ', optional=True)
Q('2015', 'date', '2015')
Q('première', 'ordinal', 1, at='dans cette ', optional=True)
Q('trente kilomètres', 'measure', 30, 'km')
Q('seconde', 'ordinal', 2, at='proximité de la ', optional=True)
Q('premier', 'ordinal', 1, at='qui est le ', optional=True)
Q('seconde', 'ordinal', 2, at='début de la ', optional=True)
Q('seconde', 'ordinal', 2, at='mi-parcours de cette ', optional=True)
Q('1 heure, 19 minutes et 26 secondes', 'duration', 'PT1H19M26S')
Q('second', 'ordinal', 2, at='secondes son ', optional=True)
Q('premier', 'ordinal', 1, at='remporte son ', optional=True)
Q('première', 'ordinal', 1, at='mi-parcours de la ', optional=True)
Q('première', 'ordinal', 1, at='La ', optional=True)
Q('huit', 'count', 8, 'concurrente', f=('PARTICIPATE', None, None, T))
Q('seconde', 'ordinal', 2, at='inchangé à la ', optional=True)
Q('seconde', 'ordinal', 2, at='Au départ de la ', optional=True)
Q('1 heure, 3 minutes et 45 secondes', 'duration', 'PT1H3M45S')

if __name__ == '__main__':
    d.write()
