"""France : collision entre deux voitures, 3 morts et 6 blessés (2016-09-17)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2016_09_17-003', '2016-09-17', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-09-17'   # crash "ce matin"
FR = ('France', 'FR')
# headline: place = France; "une violente collision" is an indefinite article, not a count
Q('deux', 'count', 2, 'voiture', at='entre ', f=('AFFECT',) + FR + (D,))   # cars in a collision -> AFFECT
Q('3', 'count', 3, 'mort', f=('KILL',) + FR + (D,))
Q('6', 'count', 6, 'blessé', f=('WOUND',) + FR + (D,))
Q('17 septembre 2016', 'date', D)
Q('Deux', 'count', 2, 'voiture', f=('AFFECT', 'Plouër-sur-Rance', 'FR', D))
Q('environ 5h45', 'time', '05:45', approx='approx')
# "route nationale 176": identifier, not a quantity; it is the place named for the figures
Q('deux', 'count', 2, 'voiture', at='lorsque ', f=('AFFECT', 'route nationale 176', 'FR', D))
Q('pas moins de neuf', 'count', 9, 'personne', approx='min', f=('AFFECT', 'route nationale 176', 'FR', D))  # occupants of the crashed cars
Q('trois', 'count', 3, 'personne', at='avec ', f=('KILL', None, None, D))
Q('trois', 'count', 3, 'personne', at='tuées, ', f=('WOUND', None, None, D))
Q('trois', 'count', 3, 'personne', at='blessées et ', f=('WOUND', None, None, D))

if __name__ == '__main__':
    d.write()
