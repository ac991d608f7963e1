"""Élection présidentielle américaine de 2016 : la nuit électorale (2016-11-08)."""
from goldlib import Doc

d = Doc('2016_11_08-003', '2016-11-08', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-11-08'
Q('2016', 'date', '2016', at=0)
Q('8 novembre 2016', 'date', D)
Q("aujourd'hui", 'date', D, optional=True)
Q('un tiers', 'number', 1 / 3, optional=True)
Q('45 e', 'ordinal', 45)
# threshold of electors needed in today's election
Q('270', 'count', 270, 'grand électeur', f=('VOTE', None, None, D))
Q('23 heures', 'time', '23:00')
Q('minuit', 'time', '00:00')
Q('18 heures', 'time', '18:00')
Q('15 heures', 'time', '15:00')

if __name__ == '__main__':
    d.write()
