"""France : un attentat déjoué à Marseille visait la campagne présidentielle (2017-04-19)."""
from goldlib import Doc

d = Doc('2017_04_19-006', '2017-04-19', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-04-18'   # the plot foiled and the arrests, "ce mardi" (article of Wednesday 19 April)
Q('19 avril 2017', 'date', '2017-04-19')
Q("moins d'une semaine", 'duration', 'P1W', approx='max', optional=True)
Q('premier', 'ordinal', 1, at='du ', optional=True)
Q('ce mardi', 'date', T, optional=True)
# arrested in leaving a flat; Marseille only named in the previous sentence (not carried over)
Q('Deux', 'count', 2, 'homme', f=('ARREST', None, None, T))
Q('16 juillet 1993', 'date', '1993-07-16')
Q('23 ans', 'age', 23, 'year')
Q('10 juillet 1987', 'date', '1987-07-10')
Q('29 ans', 'age', 29, 'year')
# "fichés S depuis respectivement 2016 et 2015": two distinct years (one per man), not a period
Q('2016', 'date', '2016', at='respectivement ')
Q('2015', 'date', '2015', at='2016 et ')
Q('deux', 'count', 2, 'arme', at='Uzi, ', f=('SEIZE', None, None, T))
Q('3 kilos', 'measure', 3, 'kg', f=('SEIZE', None, None, T))
Q('premier', 'ordinal', 1, at='le ', optional=True)
Q('second', 'ordinal', 2, at='le ', optional=True)
Q('12 fois', 'number', 12)
Q("jusqu'à 96 heures", 'duration', 'PT96H', approx='max')

if __name__ == '__main__':
    d.write()
