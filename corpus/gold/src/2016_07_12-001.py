"""Tour de France 2016 : Michael Matthews remporte la 10e étape (2016-07-12)."""
from goldlib import Doc

d = Doc('2016_07_12-001', '2016-07-12', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-12'
# "Tour de France 2016": headline, "Sur le même sujet", five related headlines
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('10e', 'ordinal', 10, at=0)   # headline
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10, at=1)   # related headline
Q('12 juillet 2016', 'date', D)
Q('plus de 197 kilomètres', 'measure', 197, 'km', approx='min')
# stage Escaldes-Engordany -> Revel: a figure spread over two places has no location
Q('193', 'count', 193, 'coureur', f=('PARTICIPATE', None, None, D))
Q('premier', 'ordinal', 1, at='Froome est ', optional=True)
Q('162,5 kilomètres', 'measure', 162.5, 'km')

if __name__ == '__main__':
    d.write()
