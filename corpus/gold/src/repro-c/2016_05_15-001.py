"""Concours Eurovision de la chanson 2016 : l'Ukraine remporte le concours (2016-05-15)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2016_05_15-001', '2016-05-15', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

F = '2016-05-14'   # the final, "Ce samedi 14 mai 2016": date of the contest's figures
# years after the event name are date quantities
Q('2016', 'date', '2016', at=0)   # headline
Q('15 mai 2016', 'date', '2016-05-15')
Q('samedi 14 mai 2016', 'date', F)
Q('2016', 'date', '2016', at=3)   # body: Eurovision de la chanson 2016
Q('61 e', 'ordinal', 61)
# Stockholm/Suède are in the previous sentence: location not carried over
Q('42', 'count', 42, 'pays', f=('PARTICIPATE', None, None, F))
Q('26', 'count', 26, 'pays', f=('PARTICIPATE', None, None, F))   # elided: pays
# "sa chanson 1944": song title, not a quantity
# scores -> OTHER; the sentence names the country the score belongs to
Q('534', 'count', 534, 'point', f=('OTHER', 'Ukraine', 'UA', F))
Q('deuxième', 'ordinal', 2, optional=True)
Q('511', 'count', 511, 'point', f=('OTHER', 'Australie', 'AU', F))
Q('491', 'count', 491, 'point', f=('OTHER', 'Russie', 'RU', F))
Q('10', 'count', 10, 'pays', at=0, f=('PARTICIPATE', None, None, F))
Q('première', 'ordinal', 1, optional=True)
Q('10', 'count', 10, 'pays', at=1, f=('PARTICIPATE', None, None, F))
Q('seconde', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
