"""France : manifestation à Paris de la communauté chinoise pour plus de sécurité (2016-09-04)."""
from goldlib import Doc

d = Doc('2016_09_04-001', '2016-09-04', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-04'  # "Ce dimanche": the march
Q('4 septembre 2016', 'date', T)
Q('Ce dimanche', 'date', T, optional=True)
Q('août', 'date', '2016-08')
Q('49 ans', 'age', 49, 'year')
Q('13 500 à 14 000', 'count', 13500, 'personne', approx='range', value_max=14000,
  f=('PROTEST', None, None, T))
Q('100 000', 'count', 100000, 'personne', f=('PROTEST', None, None, T))
Q('2010 et 2011', 'date', '2010', approx='range', value_max='2011')
Q('première', 'ordinal', 1, optional=True)
Q('35', 'count', 35, 'agression', f=('OTHER', 'Aubervilliers', 'FR', None))
Q('105', 'count', 105, 'agression', f=('OTHER', 'Aubervilliers', 'FR', None))
Q('un an', 'duration', 'P1Y', optional=True)
Q('5 à 10', 'count', 5, 'vol', approx='range', value_max=10, at='parle de ', f=('STEAL', 'Aubervilliers', 'FR', None))
Q('vers 18 heures', 'time', '18:00', approx='approx')
Q('Trois', 'count', 3, 'jeune', f=('ARREST', None, None, '2016-08-31'))
Q('mercredi', 'date', '2016-08-31', optional=True)
Q('la semaine suivante', 'date', '2016-W36', optional=True)

if __name__ == '__main__':
    d.write()
