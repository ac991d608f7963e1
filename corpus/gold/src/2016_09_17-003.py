"""France : une violente collision entre deux voitures provoque 3 morts et 6 blessés (2016-09-17)."""
from goldlib import Doc

d = Doc('2016_09_17-003', '2016-09-17', 'dev', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-17'  # the crash, "ce matin"
F = ('France', 'FR', T)
Q('deux', 'count', 2, 'voiture', at='collision entre ', f=('AFFECT',) + F)
Q('3', 'count', 3, 'mort', f=('KILL',) + F)
Q('6', 'count', 6, 'blessé', f=('WOUND',) + F)
Q('17 septembre 2016', 'date', T)
Q('Deux', 'count', 2, 'voiture', f=('AFFECT', 'Plouër-sur-Rance', 'FR', T))
Q('environ 5h45', 'time', '05:45', approx='approx')
Q('deux', 'count', 2, 'voiture', at='lorsque ', f=('AFFECT', None, None, T))
Q('pas moins de neuf', 'count', 9, 'personne', approx='min', f=('OTHER', None, None, T))
Q('trois', 'count', 3, 'personne', at='avec ', f=('KILL', None, None, T))
Q('trois', 'count', 3, 'personne', at='tuées, ', f=('WOUND', None, None, T))
Q('trois', 'count', 3, 'personne', at='blessées et ', f=('WOUND', None, None, T))

if __name__ == '__main__':
    d.write()
