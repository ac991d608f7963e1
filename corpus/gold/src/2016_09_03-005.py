"""Triathlon : mondiaux d'Ironman 70.3, les surprises Tim Reed et Holly Lawrence (2016-09-03)."""
from goldlib import Doc

d = Doc('2016_09_03-005', '2016-09-03', 'dev', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-09-03'  # the final, "samedi 3 septembre"
P = ('PARTICIPATE', None, None, T)
Q('3 septembre 2016', 'date', T, at=0)
Q('samedi 3 septembre', 'date', T)
Q('26 ans', 'age', 26, 'year', at=0)
Q('1,9 km', 'measure', 1.9, 'km')
Q('90 km', 'measure', 90, 'km')
Q('troisième', 'ordinal', 3, at='une ', optional=True)
Q('première', 'ordinal', 1, at='tête de la ', optional=True)
Q('premier', 'ordinal', 1, at='est le ', optional=True)
Q('seconde', 'ordinal', 2, optional=True)
Q("une quinzaine", 'count', 15, "tête d'affiche", approx='approx', f=P)
Q('deux', 'count', 2, 'leader', f=P)
Q('cinq kilomètres', 'measure', 5, 'km')
Q('premier', 'ordinal', 1, at='remarquable son ', optional=True)
Q('3 e', 'ordinal', 3)
Q('double', 'number', 2, optional=True)
Q('première', 'ordinal', 1, at='avec panache sa ', optional=True)
Q('trente secondes', 'duration', 'PT30S')
Q("jusqu'à trois minutes", 'duration', 'PT3M', approx='max')
Q('26 ans', 'age', 26, 'year', at=1)
Q('4 e', 'ordinal', 4)
Q('troisième', 'ordinal', 3, at='cédé la ', optional=True)
Q('3 septembre 2016', 'date', T, at=1)

if __name__ == '__main__':
    d.write()
