"""Espace : Une exoplanète en orbite autour d'Alpha Centauri (2012-10-17)."""
from goldlib import Doc

d = Doc('45496', '2012-10-17', 'train')
Q = d.q

# celestial bodies: LOC, optional (the spec does not cover them)
d.ent('Alpha Centauri Bb', 'LOC', optional=True)
d.ent('Alpha Centauri B', 'LOC', optional=True, at='orange ')
d.ents('Alpha Centauri', 'LOC', optional=True)
d.ents('Terre', 'LOC', optional=True)
d.ent('Centaure', 'LOC', optional=True)
d.ent('Mercure', 'LOC', optional=True)
d.ents('Soleil', 'LOC', optional=True)
d.ents('Michel Mayor', 'PER')
d.ent('HARPS', 'PRODUCT')
d.ent('Observatoire de La Silla', 'ORG')
d.ent('ESO', 'ORG')
d.ent('Chili', 'LOC')
d.ent('Nature', 'PRODUCT')

Q('17 octobre 2012', 'date', '2012-10-17', at='\n\n')
Q('quatre années-lumière', 'measure', 4, 'ly')
Q('3,6 mètres', 'measure', 3.6, 'm')
Q('trois', 'count', 3, 'étoile', f=('OTHER', None, None, None))
Q('4,3 a.l.', 'measure', 4.3, 'ly')
Q('40 000 milliards de km', 'measure', 40000000000000, 'km')
Q('17 octobre 2012', 'date', '2012-10-17', at='le ')
Q('3,2 jours', 'duration', 'P3.2D')
Q('0,04 UA', 'measure', 0.04, 'au')
Q('6 millions de km', 'measure', 6000000, 'km')
Q('6 fois', 'number', 6)
Q('plus de 1 200 degrés Celsius', 'measure', 1200, '°C', approx='min')

if __name__ == '__main__':
    d.write()
