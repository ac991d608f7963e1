"""Égypte : deux églises coptes visées par des attentats (2017-04-10)."""
from goldlib import Doc

d = Doc('2017_04_10-001', '2017-04-10', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-04-09'   # both bombings: "Ce dimanche 9 avril"
# "Tawadros II" is a name, not a quantity.
Q('deux', 'count', 2, 'église', at='Égypte : ', f=('AFFECT', 'Égypte', 'EG', D))
Q('10 avril 2017', 'date', '2017-04-10')
Q('Deux jours', 'duration', 'P2D')
Q('dimanche 9 avril', 'date', D)
Q('peu avant 10 heures', 'time', '10:00', approx='approx')
Q('première', 'ordinal', 1, at='une ', optional=True)
Q('120 km', 'measure', 120, 'km')
Q('13', 'count', 13, 'mort', at='évalué à ', f=('KILL', None, None, D))
Q("au moins 27", 'count', 27, 'mort', approx='min', f=('KILL', None, None, D))
Q('78', 'count', 78, 'blessé', f=('WOUND', None, None, D))
Q('seconde', 'ordinal', 2, optional=True)
Q('au moins 11', 'count', 11, 'mort', approx='min', f=('KILL', None, None, D))
Q('35', 'count', 35, 'blessé', f=('WOUND', None, None, D))
Q('deuxième', 'ordinal', 2, optional=True)
Q('16 ou 17', 'count', 16, 'mort', approx='range', value_max=17, f=('KILL', None, None, D))
Q('quatre', 'count', 4, 'policier', f=('KILL', None, None, D))
Q('41', 'count', 41, 'blessé', f=('WOUND', None, None, D))
Q('48', 'count', 48, 'blessé', f=('WOUND', None, None, D))
Q('deux', 'count', 2, 'attentat', at='revendiqué ces ', f=('OTHER', None, None, D))
Q('plus de 40', 'count', 40, 'mort', approx='min', f=('KILL', None, None, D))
Q('environ 120', 'count', 120, 'blessé', approx='approx', f=('WOUND', None, None, D))
Q('trois', 'count', 3, 'attentat', at='victime de ', f=('OTHER', 'Égypte', 'EG', None))  # "dans le pays"
Q('six ans', 'duration', 'P6Y')
Q('28 et 29 avril', 'date', '2017-04-28', approx='range', value_max='2017-04-29')
Q('11 décembre dernier', 'date', '2016-12-11')
Q('29', 'count', 29, 'mort', at='avait fait ', f=('KILL', None, None, '2016-12-11'))
Q('trente ans', 'duration', 'P30Y')
Q('2012', 'date', '2012')
Q("l'année suivante", 'date', '2013', optional=True)

if __name__ == '__main__':
    d.write()
