"""Espace : un satellite de Saturne, Pan, révélé pour la première fois (2017-03-15)."""
from goldlib import Doc

d = Doc('2017_03_15-004', '2017-03-15', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "Voyager 2" is a probe's name, not a quantity; no count or money here.
Q('première', 'ordinal', 1, at=0, optional=True)
Q('15 mars 2017', 'date', '2017-03-15')
Q('7 mars dernier', 'date', '2017-03-07')
Q('première', 'ordinal', 1, at=1, optional=True)
Q('première', 'ordinal', 1, at=2, optional=True)
Q('1981', 'date', '1981')
Q('1990', 'date', '1990')
Q('15 septembre 2017', 'date', '2017-09-15')
Q('13 ans', 'duration', 'P13Y')

if __name__ == '__main__':
    d.write()
