"""De nombreuses personnalités sont mortes en janvier 2016 (2016-02-01)."""
from goldlib import Doc

d = Doc('2016_02_01-001', '2016-02-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

# Footnote marks "[1]", "[2]" are not quantities. Generic months ("En janvier, on
# constate chaque année", "le mois de janvier présente", "enregistrés en janvier")
# speak of any January: optional dates. "le 1 er janvier" (any year) likewise.
Q('janvier 2016', 'date', '2016-01', at=0)
Q('janvier', 'date', '2016-01', at='ce mois de ')
Q('1er février 2016', 'date', '2016-02-01')
Q('janvier', 'date', '2016-01', at='En ', optional=True)
Q('1946', 'date', '1946')
Q('janvier', 'date', '2016-01', at='le mois de ', optional=True)
Q('6', 'number', 6, at='présente ')       # "6 [1] fois sur 10": six years out of ten
Q('10', 'number', 10, at='fois sur ')
Q('janvier', 'date', '2016-01', at='enregistrés en ', optional=True)
Q("environ 15 %", 'percent', 15, '%', approx='approx')
Q('57 millions', 'count', 57000000, 'certificat',
  f=('OTHER', 'outre-Atlantique', 'US', None))   # death certificates analysed by a researcher
Q('entre 1979 et 2004', 'date', '1979', approx='range', value_max='2004')
Q('1 er janvier', 'date', '2016-01-01', optional=True)
Q('janvier 2016', 'date', '2016-01', at='décès de ')
Q('29 novembre 1956', 'date', '1956-11-29')
Q('16 janvier 2016', 'date', '2016-01-16')
Q('59 ans', 'age', 59, 'year')
Q('deux jours', 'duration', 'P2D', at='cancer ')
Q('74 ans', 'age', 74, 'year')
Q('premier janvier', 'date', '2016-01-01')
Q('24 décembre 1945', 'date', '1945-12-24')
Q('28 décembre 2015', 'date', '2015-12-28')
Q('deux jours', 'duration', 'P2D', at='seulement ')
Q('deux jours', 'duration', 'P2D', at='détecté ')
Q('70 ans', 'age', 70, 'year')

if __name__ == '__main__':
    d.write()
