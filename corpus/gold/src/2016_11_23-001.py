"""Irak : Daech encerclé à Mossoul (2016-11-23)."""
from goldlib import Doc

d = Doc('2016_11_23-001', '2016-11-23', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('23 novembre 2016', 'date', '2016-11-23')
Q('23 novembre', 'date', '2016-11-23', at='ce ')
# "les deux principales villes ..., Raqqa et Mossoul, isolées l'une de l'autre": cut off -> AFFECT;
# spread over two places -> no location; dated by the junction "ce 23 novembre" of the sentence before.
Q('deux', 'count', 2, 'ville', f=('AFFECT', None, None, '2016-11-23'))
Q('2014', 'date', '2014', at=0)
Q('douze kilomètres', 'measure', 12, 'km')
Q('2014', 'date', '2014', at=1)

if __name__ == '__main__':
    d.write()
