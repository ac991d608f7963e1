"""Astronomie : les « îles magiques » de Titan expliquées (2017-05-03)."""
from goldlib import Doc

d = Doc('2017_05_03-002', '2017-05-03', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('3 mai 2017', 'date', '2017-05-03')
Q('Entre 2007 et 2013', 'date', '2007', approx='range', value_max='2013')

if __name__ == '__main__':
    d.write()
