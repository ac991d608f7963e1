"""Iran : une vingtaine de pompiers tués dans l'effondrement d'un immeuble (2017-01-21)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_01_21-009', '2017-01-21', 'repro-b', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-19'   # the fire, "ce jeudi 19 janvier"
Q('une vingtaine', 'count', 20, 'pompier', approx='approx', f=('KILL', 'Iran', 'IR', T))
Q('21 janvier 2017', 'date', '2017-01-21')
Q('jeudi 19 janvier', 'date', T)
Q('9e', 'ordinal', 9)
Q('15e', 'ordinal', 15)
Q('plus de vingt', 'count', 20, 'pompier', approx='min', f=('KILL', 'Téhéran', 'IR', T))
Q('quatre heures', 'duration', 'PT4H')
Q('premiers', 'ordinal', 1, optional=True)
Q('années 1960', 'date', '1960', approx='range', value_max='1969')
# "À la mi-journée" is not a quantity (like "ce matin")
Q('70', 'count', 70, 'blessé', f=('WOUND', None, None, T))
Q('23', 'count', 23, 'pompier', f=('WOUND', None, None, T))
Q('plus de 50', 'count', 50, 'mort', approx='min', f=('KILL', None, None, T))

if __name__ == '__main__':
    d.write()
