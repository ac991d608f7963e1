"""Jeux olympiques de Rio : première médaille française et titre américain en relais 4 x 100 m nage libre (2016-08-08)."""
from goldlib import Doc

d = Doc('2016_08_08-004', '2016-08-08', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('première', 'ordinal', 1, optional=True)
# discipline names ("relais 4 x 100 m", "le 100m"): distances inside an event name, optional
Q('4 x 100 m', 'measure', 100, 'm', at=0, optional=True)
Q('8 août 2016', 'date', '2016-08-08')
Q('4 ans', 'duration', 'P4Y')
Q('4 x 100 mètres', 'measure', 100, 'm', optional=True)
Q('dimanche', 'date', '2016-08-07', optional=True)
Q("près d'une seconde", 'duration', 'PT1S', approx='approx', optional=True)
Q('100m', 'measure', 100, 'm', optional=True)
Q('46"97', 'duration', 'PT46.97S')
Q("l'an dernier", 'date', '2015', optional=True)
Q('2012', 'date', '2012')
Q('quatre ans', 'duration', 'P4Y')
Q('cette année', 'date', '2016', optional=True)
Q('19 e', 'ordinal', 19)
Q('5', 'count', 5, 'participation', at='en ', f=('PARTICIPATE', None, None, None))

if __name__ == '__main__':
    d.write()
