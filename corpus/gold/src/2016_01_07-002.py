"""Courses de chiens de traîneau : la météo en Alaska perturbe le début de saison (2016-01-07)."""
from goldlib import Doc

d = Doc('2016_01_07-002', '2016-01-07', 'train', source='winer-fr/train', entities=False)
Q = d.q

# Race names "Solstice 50", "Solstice 100", "Knik 200", "Copper Basin 300" are names, not quantities.
Q('7 janvier 2016', 'date', '2016-01-07')
Q('cet hiver', 'date', '2015-12', approx='range', value_max='2016-02', optional=True)
Q('2015-2016', 'date', '2015', approx='range', value_max='2016')
Q('2 janvier', 'date', '2016-01-02')
Q('9 janvier', 'date', '2016-01-09')
Q('mars', 'date', '2016-03', at='qui a lieu en ')
Q('2015', 'date', '2015', at='En ')
Q('2014', 'date', '2014')

if __name__ == '__main__':
    d.write()
