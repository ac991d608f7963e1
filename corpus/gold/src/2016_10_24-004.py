"""Xterra Triathlon : championnat du monde à Maui, Duffy intraitable, la surprise Mendez (2016-10-24)."""
from goldlib import Doc

d = Doc('2016_10_24-004', '2016-10-24', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('24 octobre 2016', 'date', '2016-10-24')
Q('mois de novembre', 'date', '2016-11')  # "chaque année au mois de novembre"
Q('2016', 'date', '2016', at='séries mondiales ')
Q('octobre', 'date', '2016-10', at='Kona en ')
Q('2014', 'date', '2014')
Q('première', 'ordinal', 1, at="Sortie de l'eau en ", optional=True)
Q('seconde', 'ordinal', 2, at='à la ', optional=True)
Q('plus de huit minutes', 'duration', 'PT8M', approx='min')
Q('premières', 'ordinal', 1, at='ses ', optional=True)
Q('troisième', 'ordinal', 3, at='sa ', optional=True)
Q('seconde', 'ordinal', 2, at='La ', optional=True)
Q('2011 et 2012', 'date', '2011', approx='range', value_max='2012')
Q('troisième', 'ordinal', 3, at='la ', optional=True)
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('21 ans', 'age', 21, 'year')
Q('trois', 'count', 3, 'épreuve', at='remporté ', f=('OTHER', None, None, None))
Q('trois semaines', 'duration', 'P3W')
Q('deux derniers kilomètres', 'measure', 2, 'km')
Q('près de deux minutes trente secondes', 'duration', 'PT2M30S', approx='approx')
Q('premier', 'ordinal', 1, at='remporter un ', optional=True)

if __name__ == '__main__':
    d.write()
