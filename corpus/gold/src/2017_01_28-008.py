"""France : la Haute-Loire placée en vigilance orange (2017-01-28)."""
from goldlib import Doc

d = Doc('2017_01_28-008', '2017-01-28', 'test', source='winer-fr/train', entities=False)
Q = d.q

# The report was written on Thursday 26 January 2017 (future tense for Friday):
# "jeudi" = 2017-01-26, "vendredi" = 2017-01-27.
JE, VE = '2017-01-26', '2017-01-27'
Q('28 janvier 2017', 'date', '2017-01-28')
Q('jeudi, à 16 heures', 'datetime', JE + 'T16:00')
Q('3', 'number', 3, at='niveau ', optional=True)
Q('4', 'number', 4, at='niveau 3/', optional=True)
Q('vendredi à 6 heures', 'datetime', VE + 'T06:00')
Q('5 à 10 cm', 'measure', 5, 'cm', approx='range', value_max=10)
Q('jeudi', 'date', JE, at="d'ici ", optional=True)
Q("jusqu'à 20 à 30 cm", 'measure', 20, 'cm', approx='range', value_max=30)
Q('jeudi', 'date', JE, at='depuis ', optional=True)
Q('70', 'measure', 70, 'km/h')
Q('80', 'measure', 80, 'km/h')
Q("jusqu'à 100 km/h", 'measure', 100, 'km/h', approx='max')
Q('vendredi', 'date', VE, at='sentir ', optional=True)
Q('ce vendredi', 'date', VE, at=0, optional=True)
Q('plus de 7,5 tonnes', 'measure', 7.5, 't', approx='min')
Q('500', 'count', 500, 'foyer', f=('AFFECT', None, None, VE))
Q('vendredi', 'date', VE, at="électricité jusqu'à ", optional=True)
Q('ce vendredi', 'date', VE, at=1, optional=True)
Q('dix', 'count', 10, 'bête', f=('OTHER', None, None, None))
Q('deux', 'count', 2, 'accident', f=('OTHER', None, None, None))
Q('5', 'count', 5, 'blessé', at='fait ', f=('WOUND', None, None, None))

if __name__ == '__main__':
    d.write()
