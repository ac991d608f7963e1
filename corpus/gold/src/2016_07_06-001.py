"""Tour de France 2016 : Van Avermaet s'impose en solitaire et prend le maillot jaune (2016-07-06)."""
from goldlib import Doc

d = Doc('2016_07_06-001', '2016-07-06', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-06'
# "Tour de France 2016": headline, "Sur le même sujet", five related headlines
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10)
Q('6 juillet 2016', 'date', D)
Q('plus de 216 kilomètres', 'measure', 216, 'km', approx='min')
# stage Limoges -> Le Lioran: a figure spread over two places has no location
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, D))
Q('premier', 'ordinal', 1, at='Van Avermaet est ', optional=True)
Q('190,5 kilomètres', 'measure', 190.5, 'km')
Q('25 e', 'ordinal', 25)
Q('deux', 'count', 2, 'belge', at='les ', f=('PARTICIPATE', 'Cantal', 'FR', D))
Q('six minutes', 'duration', 'PT6M')
Q('plus de deux minutes', 'duration', 'PT2M', approx='min')
Q('seconde', 'ordinal', 2, optional=True)
Q('2015', 'date', '2015')

if __name__ == '__main__':
    d.write()
