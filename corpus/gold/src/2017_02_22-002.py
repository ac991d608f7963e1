"""Italie : l'Union européenne menace le pays de sanctions (2017-02-22)."""
from goldlib import Doc

d = Doc('2017_02_22-002', '2017-02-22', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('22 février 2017', 'date', '2017-02-22')
Q('mercredi 22 février', 'date', '2017-02-22')
Q('133,3 %', 'percent', 133.3, '%')
Q('2017', 'date', '2017', at='pour ')
Q('132,8 %', 'percent', 132.8, '%')
Q("l'année dernière", 'date', '2016', optional=True)
Q('0,5 point de pourcentage', 'percent', 0.5, '%')
Q('3,6 points', 'percent', 3.6, '%')
Q('janvier 2017', 'date', '2017-01')
# budget savings demanded of Italy (no place named in the sentence)
Q("de l'ordre de 3,4 milliards d'euros", 'money', 3400000000, 'EUR', approx='approx',
  f=('OTHER', None, None, '2017-01'))
Q('1 %', 'percent', 1, '%')
Q('2016', 'date', '2016')
Q('39,4 %', 'percent', 39.4, '%')
Q('décembre', 'date', '2016-12')

if __name__ == '__main__':
    d.write()
