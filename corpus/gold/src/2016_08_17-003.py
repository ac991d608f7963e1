"""Jeux olympiques de Rio : Braz da Silva titré au saut à la perche, Lavillenie hué (2016-08-17)."""
from goldlib import Doc

d = Doc('2016_08_17-003', '2016-08-17', 'train', source='winer-fr/train', entities=False)
Q = d.q

F = '2016-08-15'   # the final: "lundi soir" (article of Wednesday 17 August)
Q('17 août 2016', 'date', '2016-08-17')
Q('22 ans', 'age', 22, 'year')
Q('6m03', 'measure', 6.03, 'm', at=0)
Q('seconde', 'ordinal', 2, at='de la ', optional=True)
Q('lundi', 'date', F, optional=True)
Q('quatre', 'count', 4, 'barre', f=('OTHER', 'Rio', 'BR', F))   # sport statistic
Q('premières', 'ordinal', 1, optional=True)
Q('premier', 'ordinal', 1, at='dès le ', optional=True)
Q('5m98', 'measure', 5.98, 'm')
Q('deux reprises', 'number', 2)          # like "deux fois": a multiplier
Q('6m03', 'measure', 6.03, 'm', at=1)
Q('seconde', 'ordinal', 2, at='sa ', optional=True)
Q('6m08', 'measure', 6.08, 'm')
Q('1936', 'date', '1936')
Q('le lendemain', 'date', '2016-08-16', optional=True)
Q('seconde', 'ordinal', 2, at='sur la ', optional=True)

if __name__ == '__main__':
    d.write()
