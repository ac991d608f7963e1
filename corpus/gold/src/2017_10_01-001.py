"""Égypte : 17 hommes jugés pour homosexualité (2017-10-01)."""
from goldlib import Doc

d = Doc('2017_10_01-001', '2017-10-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-10-01'
Q('17', 'count', 17, 'homme', at=0, f=('CONVICT', 'Égypte', 'EG', T))
Q('1er octobre 2017', 'date', T)
Q('dimanche 1 er octobre', 'date', T)
Q('17', 'count', 17, 'égyptien', at='octobre, ', f=('CONVICT', None, None, T))
Q('17 à 35 ans', 'age', 17, 'year', approx='range', value_max=35)
Q('seconde', 'ordinal', 2, optional=True)
Q('fin du mois', 'date', '2017-10', optional=True)
Q('Au moins six', 'count', 6, 'accusé', approx='min', f=('ARREST', None, None, '2017-09-22'))
Q('22 septembre dernier', 'date', '2017-09-22')
Q('Samedi', 'date', '2017-09-30', optional=True)
Q('avril 2016', 'date', '2016-04')
Q('11', 'count', 11, 'homme', f=('CONVICT', None, None, '2016-04'))
Q("jusqu'à 12 mois", 'duration', 'P12M', approx='max')

if __name__ == '__main__':
    d.write()
