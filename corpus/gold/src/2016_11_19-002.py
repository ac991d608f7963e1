"""Championnat de France de handball 2016-2017 : huitième journée (2016-11-19)."""
from goldlib import Doc

d = Doc('2016_11_19-002', '2016-11-19', 'train', source='winer-fr/dev', entities=False)
Q = d.q

O = ('OTHER', None, None, None)   # scores and match statistics; match day not given
Q('2016-2017', 'date', '2016', approx='range', value_max='2017')
Q('huitième', 'ordinal', 8, optional=True)
Q('19 novembre 2016', 'date', '2016-11-19')
Q('sept', 'count', 7, 'point', f=O)
Q('19', 'count', 19, 'point', at='pause (', f=O)
Q('12', 'count', 12, 'point', at='\u202f–\u202f', f=O)
Q('2', 'count', 2, 'tir', at='Karabatic (', f=O)
Q('10', 'count', 10, 'tir', at='Karabatic (2/', f=O)
Q('4', 'count', 4, 'arrêt', at='Omeyer (', f=O)
Q('11', 'count', 11, 'tir', at='arrêts sur ', f=O)
Q('première', 'ordinal', 1, at='accroche toujours à la ', optional=True)
Q('première', 'ordinal', 1, at='Dunkerque en ', optional=True)
Q('seconde', 'ordinal', 2, at='en ', optional=True)
Q('un', 'count', 1, 'rang', at='Créteil perd ', optional=True, f=O)
Q('seconde', 'ordinal', 2, at='reprend sa ', optional=True)
Q('3 e', 'ordinal', 3)

if __name__ == '__main__':
    d.write()
