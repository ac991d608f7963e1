"""Le trafic aérien est perturbé par une grève des contrôleurs en France (2017-03-06)."""
from goldlib import Doc

d = Doc('2017_03_06-001', '2017-03-06', 'dev', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-03-06'
Q('6 mars 2017', 'date', D)
Q('du 6 au 10 mars', 'date', D, approx='range', value_max='2017-03-10')
Q('20 %', 'percent', 20, '%')
Q('4 000', 'count', 4000, 'contrôleur', f=('EMPLOY', None, None, None))
Q('3 mars', 'date', '2017-03-03')
Q('plus de 1 000', 'count', 1000, 'annulation', approx='min', f=('AFFECT', None, None, D))
Q('de 25 % à 33 %', 'percent', 25, '%', approx='range', value_max=33)
Q('64', 'count', 64, 'vol', f=('AFFECT', 'Toulouse', 'FR', D))
Q('lundi', 'date', D, optional=True)
Q('58', 'count', 58, 'annulation', f=('AFFECT', 'Toulouse', 'FR', '2017-03-07'))
Q('mardi', 'date', '2017-03-07', optional=True)
Q('36', 'count', 36, 'vol', f=('AFFECT', 'Roissy-Charles-de-Gaulle', 'FR', D))

if __name__ == '__main__':
    d.write()
