"""France : à 86 ans et à contresens, il parcourt 22 kilomètres sur l'autoroute A7 (2016-06-02)."""
from goldlib import Doc

d = Doc('2016_06_02-001', '2016-06-02', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-06-02'
# "A7" is a road name, not a quantity.
Q('86 ans', 'age', 86, 'year', at=0)
Q('22 kilomètres', 'measure', 22, 'km', at=0)
Q('jeudi 2 juin', 'date', D, at=0)
Q('2 juin 2016', 'date', D, at=0)
Q('Un', 'count', 1, 'conducteur', optional=True, f=('OTHER', 'A7', 'FR', D))
Q('86 ans', 'age', 86, 'year', at=1)
Q('22 kilomètres', 'measure', 22, 'km', at=1)
Q('jeudi 2 juin 2016', 'date', D)
Q('vingtaine de kilomètres', 'measure', 20, 'km', approx='approx')

if __name__ == '__main__':
    d.write()
