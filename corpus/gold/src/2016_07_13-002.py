"""Tour de France 2016 : Sagan remporte la 11e étape, Froome creuse l'écart (2016-07-13)."""
from goldlib import Doc

d = Doc('2016_07_13-002', '2016-07-13', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "Tour de France 2016": the year after an event name is a date (headline, "Sur le
# même sujet" and the five related headlines: occurrences 0-6 of "2016").
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('11e', 'ordinal', 11, at=0)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11, at=1)
Q('10e', 'ordinal', 10)
Q('13 juillet 2016', 'date', '2016-07-13')
Q('plus de 162,5 kilomètres', 'measure', 162.5, 'km', approx='min')
Q('premier', 'ordinal', 1, at='est ', optional=True)   # "Froome est premier"
Q('178 kilomètres', 'measure', 178, 'km')

if __name__ == '__main__':
    d.write()
