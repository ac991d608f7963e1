"""Un cyclone frappe Madagascar (2017-03-11)."""
from goldlib import Doc

d = Doc('2017_03_11-005', '2017-03-11', 'train', source='winer-fr/dev', entities=False)
Q = d.q

N = '2017-03-07'   # landfall "dans la nuit de mardi à mercredi" (night -> evening it began)
Q('11 mars 2017', 'date', '2017-03-11')
Q('mardi', 'date', N, at='nuit de ', optional=True)
Q('mercredi', 'date', '2017-03-08', optional=True)
Q('au moins une quarantaine', 'count', 40, 'mort', approx='min', f=('KILL', None, None, N))
Q('plus de 160 000', 'count', 160000, 'déplacé', approx='min', f=('DISPLACE', None, None, N))
Q("jusqu'à 300 km/h", 'measure', 300, 'km/h', approx='max')
Q('2007', 'date', '2007')
Q('2008', 'date', '2008')
Q('2004', 'date', '2004')
Q('2012', 'date', '2012')
Q('mardi', 'date', N, at='terres ', optional=True)

if __name__ == '__main__':
    d.write()
