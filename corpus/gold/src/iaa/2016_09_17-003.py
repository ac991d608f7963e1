"""France : une violente collision entre deux voitures provoque 3 morts et 6 blessés (2016-09-17)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_09_17-003', '2016-09-17', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-17'   # collision "en fin de nuit ce matin" ("ce matin" itself is not a quantity)
H = ('France', 'FR', T)   # headline place
RN = ('route nationale 176', 'FR', T)   # "sur la route nationale 176 entre Dol-de-Bretagne et Dinan"
# headline
Q('deux', 'count', 2, 'voiture', at='collision entre ', f=('AFFECT',) + H)   # cars that collided
Q('3', 'count', 3, 'mort', at='provoque ', f=('KILL',) + H)
Q('6', 'count', 6, 'blessé', at='morts et ', f=('WOUND',) + H)
Q('17 septembre 2016', 'date', T)
Q('Deux', 'count', 2, 'voiture', at='–\n', f=('AFFECT', 'Plouër-sur-Rance', 'FR', T))
# "176" in "route nationale 176" is part of a name: not a quantity
Q('environ 5h45', 'time', '05:45', approx='approx')
Q('deux', 'count', 2, 'voiture', at='matin lorsque ', f=('AFFECT',) + RN)
Q('pas moins de neuf', 'count', 9, 'personne', approx='min', f=('AFFECT',) + RN)  # occupants of the colliding cars
Q('trois', 'count', 3, 'personne', at='avec ', f=('KILL', None, None, T))
Q('trois', 'count', 3, 'personne', at='tuées, ', f=('WOUND', None, None, T))
Q('trois', 'count', 3, 'personne', at='blessées et ', f=('WOUND', None, None, T))  # "trois autres"

if __name__ == '__main__':
    d.write()
