"""Jeux olympiques de Rio : Ryan Murphy en or, Camille Lacourt cinquième au 100m dos (2016-08-09)."""
from goldlib import Doc

d = Doc('2016_08_09-007', '2016-08-09', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "100m dos" names the race but carries a real distance: optional measure.
# "4x100m 4 nages" is the name of the relay discipline: not annotated.
Q('cinquième', 'ordinal', 5, at=0, optional=True)
Q('100m', 'measure', 100, 'm', at=0, optional=True)
Q('9 août 2016', 'date', '2016-08-09')
Q('100m', 'measure', 100, 'm', at=1, optional=True)
Q('deuxième', 'ordinal', 2, optional=True)
Q('la nuit dernière', 'date', '2016-08-08', optional=True)
Q('cinquième', 'ordinal', 5, at='en ', optional=True)
Q('4 ème', 'ordinal', 4)
Q('2012', 'date', '2012')
Q('samedi', 'date', '2016-08-13', optional=True)

if __name__ == '__main__':
    d.write()
