"""Angleterre : attentat à la bombe dans une salle de spectacles (2017-05-23)."""
from goldlib import Doc

d = Doc('2017_05_23-002', '2017-05-23', 'dev', source='winer-fr/train', entities=False)
Q = d.q

# "vers 22 h 35 UTC+01:00": an evening time before the dateline's day -> 22 May
E = '2017-05-22'
MAN = ('Manchester', 'GB', E)
Q('23 mai 2017', 'date', '2017-05-23')
Q('Au moins 22', 'count', 22, 'personne', approx='min', f=('KILL',) + MAN)
Q('64', 'count', 64, 'personne', f=('WOUND',) + MAN)
Q('vers 22 h 35', 'time', '22:35', approx='approx')
Q('Environ 18 000', 'count', 18000, 'personne', approx='approx', f=('PARTICIPATE', None, None, E))
Q('22 ans', 'age', 22, 'year')

if __name__ == '__main__':
    d.write()
