"""France : la cérémonie en hommage aux victimes de l'attentat du 14-Juillet en direct sur France 2 (2016-10-15)."""
from goldlib import Doc

d = Doc('2016_10_15-002', '2016-10-15', 'dev', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-10-15'  # the ceremony, "a débuté à 11 heures" (today)
A = '2016-07-14'  # the attack
# "14-Juillet" names the attack (the national day): optional date
Q('14-Juillet', 'date', A, at=0, optional=True)
Q('15 octobre 2016', 'date', T)
Q('trois mois et un jour', 'duration', 'P3M1D')
Q('14-Juillet', 'date', A, at=1, optional=True)
Q('86', 'count', 86, 'personne', f=('KILL', 'Nice', 'FR', A))
Q('11 heures', 'time', '11:00')
Q('plus de deux cents', 'count', 200, 'famille', approx='min', f=('PARTICIPATE', None, None, T))
Q('six cent cinquante', 'count', 650, 'blessé', f=('WOUND', None, None, A))
Q('2500', 'count', 2500, 'personne', f=('PARTICIPATE', None, None, T))
Q('1 200', 'count', 1200, 'personne', f=('PARTICIPATE', None, None, T))

if __name__ == '__main__':
    d.write()
