"""Iran : une vingtaine de pompiers tués dans l'effondrement d'un immeuble (2017-01-21)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_01_21-009', '2017-01-21', 'repro-a', source='winer-fr/train', entities=False)
Q = d.q

E = '2017-01-19'   # fire and collapse "ce jeudi 19 janvier"
Q('une vingtaine', 'count', 20, 'pompier', approx='approx', f=('KILL', 'Iran', 'IR', E))  # headline
Q('21 janvier 2017', 'date', '2017-01-21')
Q('jeudi 19 janvier', 'date', E)
Q('9e', 'ordinal', 9)
Q('15e', 'ordinal', 15)
Q('plus de vingt', 'count', 20, 'pompier', approx='min', f=('KILL', 'Téhéran', 'IR', E))
Q('quatre heures', 'duration', 'PT4H')
Q('premiers', 'ordinal', 1, optional=True)   # "l'un des premiers plus hauts"
Q('années 1960', 'date', '1960', approx='range', value_max='1969')
# "À la mi-journée": part of day, not a quantity (like "ce matin")
Q('70', 'count', 70, 'blessé', f=('WOUND', None, None, E))
Q('23', 'count', 23, 'pompier', f=('WOUND', None, None, E))
Q('plus de 50', 'count', 50, 'mort', approx='min', f=('KILL', None, None, E))

if __name__ == '__main__':
    d.write()
