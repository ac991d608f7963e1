"""Duathlon : championnat d'Europe, les champions français s'inclinent (2016-04-18)."""
from goldlib import Doc

d = Doc('2016_04_18-002', '2016-04-18', 'holdout4', source='winer-fr/dev', entities=False)
Q = d.q

R = '2016-04-17'  # the race, "dimanche 17 avril"
P = ('PARTICIPATE', None, None, R)  # no place named in the figures' sentences (Kalkar only in the lead)
Q('18 avril 2016', 'date', '2016-04-18')
Q('dimanche 17 avril', 'date', R)
Q('troisième', 'ordinal', 3, at='un ', optional=True)
# "une course unique": "a single race", emphatic like "une seule" but unclear: optional
Q('une', 'count', 1, 'course', at='sur ', optional=True, f=('OTHER', None, None, R))
Q('10 km', 'measure', 10, 'km')
Q('40', 'measure', 40, 'km', at='course à pied, ')   # "40 de vélo": unit of its coordinated twin
Q('5', 'measure', 5, 'km', at='de nouveau ')
Q('156', 'count', 156, 'compétiteur', f=P)
Q('17', 'count', 17, 'nationalité', at='de ', f=P)
Q('deuxième', 'ordinal', 2, at='sur la ', optional=True)
Q('seconde', 'ordinal', 2, at='atteint la ', optional=True)
Q('quatre', 'count', 4, 'duathlète', f=P)   # leading group of the race
Q('1 heure 58 minutes et 59 secondes', 'duration', 'PT1H58M59S')
Q('troisième', 'ordinal', 3, at='prend la ', optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('première', 'ordinal', 1, at='cette ', optional=True)   # "cette première internationale" (a first)
# "(U23)", "PT2", "PT5": category names, not quantities
Q('deuxième', 'ordinal', 2, at='à la ', optional=True)
Q('une minute et 40 secondes', 'duration', 'PT1M40S')
Q('deux', 'count', 2, 'champion', at='sur les ', f=P)
Q('seconde', 'ordinal', 2, at='Après une ', optional=True)
Q('38 secondes', 'duration', 'PT38S')
Q('deux heures', 'duration', 'PT2H')
Q('second', 'ordinal', 2, at='classé ', optional=True)
Q('premier', 'ordinal', 1, at='son ', optional=True)
Q('troisième', 'ordinal', 3, at='prenant la ', optional=True)

if __name__ == '__main__':
    d.write()
