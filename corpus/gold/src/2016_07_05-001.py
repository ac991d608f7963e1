"""Tour de France 2016 : Kittel remporte la quatrième étape (2016-07-05)."""
from goldlib import Doc

d = Doc('2016_07_05-001', '2016-07-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-05'
# "Tour de France 2016": headline, "Sur le même sujet", five related headlines
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('quatrième', 'ordinal', 4, optional=True)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10)
Q('5 juillet 2016', 'date', D)
Q('plus de 237,5 kilomètres', 'measure', 237.5, 'km', approx='min')
# stage Saumur -> Limoges: a figure spread over two places has no location
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, D))
Q('premier', 'ordinal', 1, at='Peter Sagan est ', optional=True)
Q('216 kilomètres', 'measure', 216, 'km')

if __name__ == '__main__':
    d.write()
