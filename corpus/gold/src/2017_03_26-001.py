"""Duathlon : championnat de France élite (2017-03-26)."""
from goldlib import Doc

d = Doc('2017_03_26-001', '2017-03-26', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

Q('26 mars 2017', 'date', '2017-03-26')
Q('première', 'ordinal', 1, optional=True)
Q('5 km', 'measure', 5, 'km')
# "20 de vélo et de nouveau 2,5 de course à pied": unit of the coordinated twin (km)
Q('20', 'measure', 20, 'km', at='sprint de 5 km de course à pied, ')
Q('2,5', 'measure', 2.5, 'km')
Q('premier', 'ordinal', 1, at='remporte son ', optional=True)
Q('30 mars 2017', 'date', '2017-03-30')   # "Évènements du 30 mars 2017" (navigation line)

if __name__ == '__main__':
    d.write()
