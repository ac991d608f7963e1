"""Les 12 Canadair français cloués au sol après un incident (2016-08-06)."""
from goldlib import Doc

d = Doc('2016_08_06-007', '2016-08-06', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-08-06'        # fleet grounded, state at the dateline
INC = '2016-08-01'      # landing-gear incident, lundi 1er août
# grounded ("cloués au sol", "immobilisée") -> AFFECT; "français" gives no location
Q('12', 'count', 12, 'canadair', at=0, f=('AFFECT', None, None, D))
Q('12', 'count', 12, 'appareil', at=1, f=('AFFECT', None, None, D))
Q('lundi', 'date', INC, at=0, optional=True)
Q('6 août 2016', 'date', D)
Q('lundi 1 er août', 'date', INC)
Q('1 er août', 'date', INC, at="l'accident du ")
Q('premières', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
