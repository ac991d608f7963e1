"""Pokémon Go génère plus de 160 millions de dollars de recettes en moins d'un mois (2016-08-06)."""
from goldlib import Doc

d = Doc('2016_08_06-002', '2016-08-06', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# Revenue -> OTHER (GUIDELINES); cumulative / per-day revenue has no single date.
Q('plus de 160 millions de dollars', 'money', 160000000, 'USD', approx='min', at=0, f=('OTHER', None, None, None))
Q("moins d'un mois", 'duration', 'P1M', approx='max', optional=True)
Q('6 août 2016', 'date', '2016-08-06')
Q('plus de 160 millions de dollars', 'money', 160000000, 'USD', approx='min', at=1, f=('OTHER', None, None, None))
Q('7 juillet dernier', 'date', '2016-07-07')
Q('5 millions', 'money', 5000000, 'USD', f=('OTHER', None, None, None))
Q('quatrième', 'ordinal', 4, optional=True)
Q('10 millions', 'money', 10000000, 'USD', f=('OTHER', None, None, None))
Q('entre 20 et 30 millions de dollars', 'money', 20000000, 'USD', approx='range', value_max=30000000,
  f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
