"""Tour de France 2016 : les résultats de la première étape (2016-07-03)."""
from goldlib import Doc

d = Doc('2016_07_03-005', '2016-07-03', 'dev', source='winer-fr/train', entities=False)
Q = d.q

# "Tour de France 2016": the year after an event name is a date quantity (7 mentions)
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('première', 'ordinal', 1, optional=True)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10)
Q('3 juillet 2016', 'date', '2016-07-03')
Q('plus de 188 kilomètres', 'measure', 188, 'km', approx='min')
# riders at the start of the stage (elided "coureurs"); stage between two places, its date not stated
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, None))
Q('premier', 'ordinal', 1, at='est ', optional=True)
Q('183 kilomètres', 'measure', 183, 'km')

if __name__ == '__main__':
    d.write()
