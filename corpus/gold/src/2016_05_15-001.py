"""Concours Eurovision de la chanson 2016 : l'Ukraine remporte le concours (2016-05-15)."""
from goldlib import Doc

d = Doc('2016_05_15-001', '2016-05-15', 'dev', source='winer-fr/train', entities=False)
Q = d.q

F = '2016-05-14'  # the final
Q('2016', 'date', '2016', at=0)
Q('15 mai 2016', 'date', '2016-05-15')
Q('samedi 14 mai 2016', 'date', F)
Q('2016', 'date', '2016', at=3)  # "concours Eurovision de la chanson 2016 à Stockholm"
Q('61 e', 'ordinal', 61)
Q('42', 'count', 42, 'pays', f=('PARTICIPATE', None, None, '2016'))
Q('26', 'count', 26, 'pays', f=('PARTICIPATE', None, None, F))
Q('534', 'count', 534, 'point', f=('OTHER', None, None, F))
Q('deuxième', 'ordinal', 2, optional=True)
Q('511', 'count', 511, 'point', f=('OTHER', None, None, F))
Q('491', 'count', 491, 'point', f=('OTHER', None, None, F))
Q('10', 'count', 10, 'pays', at=0, f=('PARTICIPATE', None, None, None))
Q('première', 'ordinal', 1, optional=True)
Q('10', 'count', 10, 'pays', at=1, f=('PARTICIPATE', None, None, None))
Q('seconde', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
