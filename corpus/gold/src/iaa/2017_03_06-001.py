"""Le trafic aérien est perturbé par une grève des contrôleurs en France (2017-03-06)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_03_06-001', '2017-03-06', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

L = '2017-03-06'   # "lundi" = the article date
Q('6 mars 2017', 'date', L)
Q('du 6 au 10 mars', 'date', L, approx='range', value_max='2017-03-10')
Q('20 %', 'percent', 20, '%')
# air traffic controllers as a workforce -> EMPLOY; "français" gives no place
Q('4 000', 'count', 4000, 'contrôleur', f=('EMPLOY', None, None, None))
Q('3 mars', 'date', '2017-03-03')
# cancellations forecast over the strike period (6-10 March): month grain
Q('plus de 1 000', 'count', 1000, 'annulation', approx='min', f=('AFFECT', None, None, '2017-03'))
Q('de 25 % à 33 %', 'percent', 25, '%', approx='range', value_max=33)
Q('64', 'count', 64, 'vol', f=('AFFECT', 'Toulouse', 'FR', L))
Q('lundi', 'date', L, optional=True)
Q('58', 'count', 58, 'annulation', f=('AFFECT', 'Toulouse', 'FR', '2017-03-07'))
Q('mardi', 'date', '2017-03-07', optional=True)
Q('36', 'count', 36, 'vol', f=('AFFECT', 'Roissy-Charles-de-Gaulle', 'FR', L))

if __name__ == '__main__':
    d.write()
