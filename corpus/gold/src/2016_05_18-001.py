"""Un avion d'EgyptAir s'écrase en mer Méditerranée (2016-05-18)."""
from goldlib import Doc

d = Doc('2016_05_18-001', '2016-05-18', 'test', source='winer-fr/train', entities=False)
Q = d.q

Q('18 mai 2016', 'date', '2016-05-18')
Q('environ 280 km', 'measure', 280, 'km', approx='approx')
Q('3000 mètres', 'measure', 3000, 'm', at=0)
Q('66', 'count', 66, 'personne', f=('MISSING', None, None, None))
Q('11 280 m', 'measure', 11280, 'm')
Q('90°', 'measure', 90, '°')
Q('360°', 'measure', 360, '°')
Q('7000 mètres', 'measure', 7000, 'm')
Q('3000 mètres', 'measure', 3000, 'm', at=1)

if __name__ == '__main__':
    d.write()
