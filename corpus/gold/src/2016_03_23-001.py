"""Belgique : des attentats-suicides frappent Bruxelles (2016-03-22)."""
from goldlib import Doc

# dateline "22 mars 2016 . –" (the page was updated on 23 March)
d = Doc('2016_03_23-001', '2016-03-22', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-03-22'
BXL = ('Bruxelles', 'BE', D)
Q('23 mars 2016', 'date', '2016-03-23')
Q('second', 'ordinal', 2, optional=True)
Q('Au moins 34', 'count', 34, 'personne', approx='min', f=('KILL',) + BXL)
Q('187', 'count', 187, 'personne', at=0, f=('WOUND',) + BXL)
Q("aujourd'hui", 'date', D, optional=True)
Q('22 mars 2016', 'date', D)
Q('premières', 'ordinal', 1, optional=True)
Q('juste avant 8\u202fh', 'time', '08:00', approx='max')
Q('troisième', 'ordinal', 3, optional=True)
Q('9\u202fh\u202f11', 'time', '09:11')
Q('8\u202fh\u202f11', 'time', '08:11')
Q('au moins 34', 'count', 34, 'mort', approx='min', f=('KILL', None, None, D))
Q('187', 'count', 187, 'blessé', at=1, f=('WOUND', None, None, D))
Q('225', 'count', 225, 'militaire', f=('OTHER', None, None, D))

if __name__ == '__main__':
    d.write()
