"""Concours Eurovision de la chanson 2016 : l'Ukraine remporte le concours (2016-05-15)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_05_15-001', '2016-05-15', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

F = '2016-05-14'              # the final, "Ce samedi 14 mai 2016"
P = ('PARTICIPATE', None, None, '2016')   # participation/qualification in the 2016 contest
S = ('OTHER', None, None, F)  # scores of the final; the sentences name no place where it happened
Q('2016', 'date', '2016', at=0)   # headline, year after the event name
Q('15 mai 2016', 'date', '2016-05-15')
Q('samedi 14 mai 2016', 'date', F)
Q('2016', 'date', '2016', at=3)   # "concours Eurovision de la chanson 2016 à Stockholm"
Q('61 e', 'ordinal', 61)
Q('42', 'count', 42, 'pays', f=P)
Q('26', 'count', 26, 'pays', f=P)   # "seuls 26 [pays] se sont qualifiés"
# "sa chanson 1944": a title, not a quantity
Q('534', 'count', 534, 'point', f=S)
Q('deuxième', 'ordinal', 2, optional=True)
Q('511', 'count', 511, 'point', f=S)
Q('491', 'count', 491, 'point', f=S)
Q('10', 'count', 10, 'pays', at=0, f=P)
Q('première', 'ordinal', 1, optional=True)
Q('10', 'count', 10, 'pays', at=1, f=P)
Q('seconde', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
