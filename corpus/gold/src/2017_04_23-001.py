"""Élection présidentielle française de 2017 : Macron et Le Pen en tête au premier tour (2017-04-23)."""
from goldlib import Doc

d = Doc('2017_04_23-001', '2017-04-23', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "Ve République" is a name, not a quantity.
Q('2017', 'date', '2017', at=0)
Q('premier', 'ordinal', 1, at='au ', optional=True)
Q('23 avril 2017', 'date', '2017-04-23')
Q('ce dimanche', 'date', '2017-04-23', optional=True)
Q('premier', 'ordinal', 1, at='du ', optional=True)
Q('second', 'ordinal', 2, at='pour le ', optional=True)
Q('23,8 %', 'percent', 23.8, '%')
Q('deuxième', 'ordinal', 2, optional=True)
Q('21,4 %', 'percent', 21.4, '%')
Q('20 %', 'percent', 20, '%')
Q('troisième', 'ordinal', 3, optional=True)
Q('6,2 %', 'percent', 6.2, '%')
Q('cinquième', 'ordinal', 5, optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('deux', 'count', 2, 'parti', at='les ', f=('OTHER', None, None, None))
Q('second', 'ordinal', 2, at='au ', optional=True)
Q('23,86 %', 'percent', 23.86, '%')
Q('21,43 %', 'percent', 21.43, '%')

if __name__ == '__main__':
    d.write()
