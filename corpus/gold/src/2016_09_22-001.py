"""Jeux olympiques de 2024 : Rome retire sa candidature (2016-09-22)."""
from goldlib import Doc

d = Doc('2016_09_22-001', '2016-09-22', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

Q('2024', 'date', '2024', at=0)
Q('22 septembre 2016', 'date', '2016-09-22')
Q('2022', 'date', '2022')          # "(hiver 2022)": the Winter Games of 2022
Q('2026', 'date', '2026')
Q('hier', 'date', '2016-09-21', optional=True)
Q('2024', 'date', '2024', at=1)
Q('2011', 'date', '2011')
# "en dizaine de milliards d'euros": indefinite order of magnitude (cf. "des dizaines de"), optional.
Q("dizaine de milliards d'euros", 'money', 10000000000, 'EUR', approx='approx', optional=True,
  f=('COST', None, None, None))
Q('2004', 'date', '2004')
Q('deux', 'count', 2, 'point', f=('COST', 'Athènes', 'GR', '2004'))   # points of growth
Q("37 milliards d'euros", 'money', 37000000000, 'EUR', f=('COST', 'Sotchi', 'RU', None))
Q('cette année', 'date', '2016', optional=True)

if __name__ == '__main__':
    d.write()
