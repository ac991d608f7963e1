"""Triathlon d'hiver : les Russes au sommet (2016-02-15)."""
from goldlib import Doc
d = Doc('2016_02_15-003', '2016-02-15', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

R = '2016-02-13'  # the race, "samedi 13 février"
# Competitors of the race -> PARTICIPATE; Zeltveg/Autriche are named only in the
# first sentence, so the later counts get no location (strict rule).
P = ('PARTICIPATE', None, None, R)
Q('15 février 2016', 'date', '2016-02-15')
Q('samedi 13 février', 'date', R)
Q('quadruple', 'number', 4, optional=True)          # as "quintuple" in the examples
Q('cinquième', 'ordinal', 5, at='un ', optional=True)
Q('7,2 km', 'measure', 7.2, 'km')
Q('12 km', 'measure', 12, 'km')
Q('6,4 km', 'measure', 6.4, 'km')
Q('cinquième', 'ordinal', 5, at='son ', optional=True)
Q('première', 'ordinal', 1, at='La ', optional=True)
Q('six', 'count', 6, 'triathlète', f=P)
Q('deuxième', 'ordinal', 2, at='cette ', optional=True)
Q('deux', 'count', 2, 'russe', at='étape les ', f=P)
Q('deux', 'count', 2, 'russe', at='lutte entre les ', f=P)
Q('premier', 'ordinal', 1, at='son ', optional=True)
Q('deuxième', 'ordinal', 2, at='la ', optional=True)
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('deux', 'count', 2, 'russe', at='à pied, les ', f=P)
# "plus d'une minute": duration with un/une -> optional (as in the examples)
Q("plus d'une minute", 'duration', 'PT1M', approx='min', optional=True)
Q('troisième', 'ordinal', 3, optional=True)

if __name__ == '__main__':
    d.write()
