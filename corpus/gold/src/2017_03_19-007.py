"""Boko Haram dément la libération des 5 000 otages (2017-03-19)."""
from goldlib import Doc

d = Doc('2017_03_19-007', '2017-03-19', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

W = '2017-W11'   # "cette semaine" (article of Sunday 19 March 2017): the claimed operation
Q('5 000', 'count', 5000, 'otage', at=0, f=('KIDNAP', None, None, None))
Q('19 mars 2017', 'date', '2017-03-19')
Q('vendredi', 'date', '2017-03-17', optional=True)
Q('5 000', 'count', 5000, 'otage', at='que les ', f=('KIDNAP', 'Nigeria', 'NG', W))
Q('cette semaine', 'date', W, at='libérés ', optional=True)
Q('mercredi dernier', 'date', '2017-03-15', optional=True)
Q('60', 'count', 60, 'homme', f=('KILL', None, None, W))
Q('20', 'count', 20, 'enfant', at='sauvé ', f=('RESCUE', None, None, W))
Q('5 000', 'count', 5000, 'concitoyen', at='secours à ', f=('RESCUE', None, None, W))
Q('27 minutes', 'duration', 'PT27M')
Q('cette semaine', 'date', W, at='commises ', optional=True)
Q('deux', 'count', 2, 'ville', f=('AFFECT', 'Borno', 'NG', W))   # the two towns attacked

if __name__ == '__main__':
    d.write()
