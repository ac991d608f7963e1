"""Jeux olympiques de Rio : Estelle Mossely s'impose en finale des poids légers (2016-08-19)."""
from goldlib import Doc
d = Doc('2016_08_19-002', '2016-08-19', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-19'   # the final, "vendredi après-midi" = dateline day (a Friday)
# Weight classes "-60kg" / "+91kg": read as measures with a bound (the sign means
# "under"/"over" the weight, not a negative value) -> 60 kg max, 91 kg min.
Q('19 août 2016', 'date', T)
Q('-60kg', 'measure', 60, 'kg', approx='max')
Q('vendredi', 'date', T, optional=True)               # bare weekday
# "les deux premières reprises": a count of rounds (sport statistic) -> OTHER; no place in the sentence
Q('deux', 'count', 2, 'reprise', f=('OTHER', None, None, T))
Q('troisième', 'ordinal', 3, optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('+91kg', 'measure', 91, 'kg', approx='min')
Q('24 ans', 'age', 24, 'year')
Q('première', 'ordinal', 1, at='devient la ', optional=True)

if __name__ == '__main__':
    d.write()
