"""Concours Eurovision de la chanson 2017 : le Portugal remporte le concours (2017-05-14)."""
from goldlib import Doc

d = Doc('2017_05_14-001', '2017-05-14', 'test', source='winer-fr/train', entities=False)
Q = d.q

F = '2017-05-13'  # the final, "Ce samedi 13 mai"
Y = '2017'        # this edition of the contest
P = ('PARTICIPATE', None, None, Y)
S = ('OTHER', None, None, F)  # scores of the final
Q('2017', 'date', Y, at=0)
Q('14 mai 2017', 'date', '2017-05-14')
Q('samedi 13 mai', 'date', F)
Q('2017', 'date', Y, at=2)
Q('62 e', 'ordinal', 62)
Q('42', 'count', 42, 'pays', f=P)
Q('26', 'count', 26, 'pays', f=P)
Q('758', 'count', 758, 'point', f=S)
Q('deuxième', 'ordinal', 2, optional=True)
Q('615', 'count', 615, 'point', f=S)
Q('374', 'count', 374, 'point', f=S)
Q('10', 'count', 10, 'pays', at=0, f=P)
Q('première', 'ordinal', 1, optional=True)
Q('10', 'count', 10, 'pays', at=1, f=P)
Q('seconde', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
