"""Japon : la droite au pouvoir remporte les élections (2017-10-22)."""
from goldlib import Doc

d = Doc('2017_10_22-001', '2017-10-22', 'holdout3', source='winer-fr/dev', entities=False)
Q = d.q

E = '2017-10-22'   # legislative elections "ce dimanche"
V = ('VOTE', None, None, E)   # seat counts; their sentences name no place
Q('22 octobre 2017', 'date', E)
Q('ce dimanche', 'date', E, optional=True)
Q('2021', 'date', '2021')
Q('2012', 'date', '2012')
Q('311', 'count', 311, 'siège', f=V)
# total seats of the chamber: seats → VOTE, but a standing size, not the election's outcome: undated
Q('465', 'count', 465, 'siège', f=('VOTE', None, None, None))
Q('Deux', 'count', 2, 'coalition', f=('PARTICIPATE', None, None, E))   # competing coalitions
Q('67', 'count', 67, 'siège', f=V)
Q('presque deux fois', 'number', 2, approx='approx')   # multiplier; "presque" ≈ "près de"
Q('58', 'count', 58, 'siège', f=V)
# "treize de moins": elided "sièges", sign not written → 13 (as "15,2 % de moins")
Q('treize', 'count', 13, 'siège', f=V)

if __name__ == '__main__':
    d.write()
