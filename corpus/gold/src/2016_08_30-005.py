"""France : démission d'Emmanuel Macron attendue (2016-08-30)."""
from goldlib import Doc

d = Doc('2016_08_30-005', '2016-08-30', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('30 août 2016', 'date', '2016-08-30')
# "ce mardi 30 août vers 15 heures": explicit date and approximate clock time kept as
# two quantities (the "vers" separates them); "ce" left out of the date span.
Q('mardi 30 août', 'date', '2016-08-30')
Q('vers 15 heures', 'time', '15:00', approx='approx')
# supporters gathered at a political meeting ("présent at an event") -> PARTICIPATE
Q('Près de 3 000', 'count', 3000, 'partisan', approx='approx',
  f=('PARTICIPATE', 'Paris', 'FR', '2016-07-12'))
Q('12 juillet dernier', 'date', '2016-07-12')
Q('19 août dernier', 'date', '2016-08-19')
Q('15 heures', 'time', '15:00', at='démission à ')
Q('17 heures', 'time', '17:00')

if __name__ == '__main__':
    d.write()
