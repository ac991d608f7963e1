"""Canada : le gouvernement va légaliser la marijuana pour les 18 ans et plus (2017-04-13)."""
from goldlib import Doc

d = Doc('2017_04_13-003', '2017-04-13', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('18 ans et plus', 'age', 18, 'year', approx='min')
Q('13 avril 2017', 'date', '2017-04-13')
Q('18 ans', 'age', 18, 'year', at="l'âge de ")
Q('4', 'count', 4, 'plant', at='limitée à ', f=('OTHER', None, None, None))
Q('30 grammes', 'measure', 30, 'g')
Q('juillet 2018', 'date', '2018-07')
Q('environ 675 millions de dollars', 'money', 675000000, 'CAD', approx='approx',
  f=('OTHER', None, None, '2018'))
Q('2018', 'date', '2018', at='dollars en ')

if __name__ == '__main__':
    d.write()
