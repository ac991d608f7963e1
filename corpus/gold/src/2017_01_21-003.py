"""Italie : sept morts dans un accident de bus (2017-01-21)."""
from goldlib import Doc

d = Doc('2017_01_21-003', '2017-01-21', 'test', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-01-20'  # the accident, "vendredi 20 janvier au soir"
Q('sept', 'count', 7, 'mort', f=('KILL', 'Italie', 'IT', A))
Q('21 janvier 2017', 'date', '2017-01-21')
Q('Sept', 'count', 7, 'personne', approx='min', f=('KILL', None, None, A))  # "Sept personnes au moins"
Q('vendredi 20 janvier', 'date', A)
Q('une cinquantaine', 'count', 50, 'personne', approx='approx', f=('OTHER', None, None, A))
Q('56', 'count', 56, 'personne', f=('OTHER', None, None, A))
Q('Une quinzaine', 'count', 15, 'personne', approx='approx', f=('MISSING', None, None, A))
Q('peu après 10 heures', 'time', '10:00', approx='min')
Q('seize', 'count', 16, 'mort', f=('KILL', None, None, A))
Q('10', 'count', 10, 'blessé', at='morts, ', f=('WOUND', None, None, A))
Q('13', 'count', 13, 'blessé', f=('WOUND', None, None, A))

if __name__ == '__main__':
    d.write()
