"""Des bombardements touchent plusieurs hôpitaux et écoles dans le nord de la Syrie (2016-02-15)."""
from goldlib import Doc

d = Doc('2016_02_15-002', '2016-02-15', 'train', source='winer-fr/train', entities=False)
Q = d.q

B = '2016-02-15'  # the bombings, reported by the UN "lundi" (the article date)
SY = ('Syrie', 'SY', B)  # "dans le nord de la Syrie"
Q('Au moins cinq', 'count', 5, 'établissement', approx='min', f=('AFFECT',) + SY)
Q('deux', 'count', 2, 'école', f=('AFFECT',) + SY)
Q('environ 50', 'count', 50, 'civil', approx='approx', f=('KILL',) + SY)
Q('lundi', 'date', B, optional=True)
Q('15 février 2016', 'date', B)
Q('un', 'count', 1, 'hôpital', at='notamment ', optional=True, f=('AFFECT', None, None, B))
Q('deux', 'count', 2, 'série', at='cours de ', f=('OTHER', None, None, B))
Q('deux', 'count', 2, 'attaque', at='séries de ', f=('OTHER', None, None, B))
Q('quatre', 'count', 4, 'roquette', f=('OTHER', None, None, B))
Q('Au moins sept', 'count', 7, 'personne', approx='min', f=('KILL', None, None, B))
Q('huit', 'count', 8, 'personne', f=('MISSING', None, None, B))
Q('quelque 40 000', 'count', 40000, 'personne', approx='approx', f=('AFFECT', None, None, B))  # deprived of care
Q('Au moins cinq', 'count', 5, 'hôpital', approx='min', at=1, f=('AFFECT', None, None, '2016'))
Q("l'année", 'date', '2016', at='début de ', optional=True)
Q('22 octobre 2015', 'date', '2015-10-22')

if __name__ == '__main__':
    d.write()
