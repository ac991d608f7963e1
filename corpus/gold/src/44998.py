"""Bourse : l'action de Samsung en baisse après sa condamnation face à Apple (2012-08-27)."""
from goldlib import Doc

d = Doc('44998', '2012-08-27', 'train')
Q = d.q

d.ent('Samsung Electronics', 'ORG')
d.ents('Samsung', 'ORG')
d.ents('Apple', 'ORG')
d.ent('Séoul', 'LOC')
d.ent('Song Myung-Sup', 'PER')
d.ent('Hi Investment and Securities', 'ORG')

Q('27 août 2012', 'date', '2012-08-27')
Q('6,81 %', 'percent', 6.81, '%')
Q('ce lundi', 'date', '2012-08-27', optional=True)
Q('premier', 'ordinal', 1, optional=True, at='pour le ')
Q('samedi', 'date', '2012-08-25', optional=True)
Q("plus d'un milliard de dollars", 'money', 1000000000, 'USD', approx='min',
  f=('CONVICT', None, None, None))
Q('Lundi', 'date', '2012-08-27', optional=True)
Q('7,45 %', 'percent', 7.45, '%')

if __name__ == '__main__':
    d.write()
