"""Insolite : un clash remixé de l'Assemblée entre Dominique Dord et Bernard Cazeneuve nationalement connu (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-005', '2016-06-12', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# Views reaching the million: OTHER (a total nothing happened to), dated by
# "au début du mois de juin" (same event); YouTube / Facebook are not places.
V = ('OTHER', None, None, '2016-06')
# "vient de dépasser le million": more than a million -> min (the verb is the qualifier,
# kept outside the span).
Q('million', 'count', 1000000, 'vue', approx='min', at='dépasser le ', f=V)
Q('12 juin 2016', 'date', '2016-06-12')
Q('23 avril 2013', 'date', '2013-04-23')
Q('million', 'count', 1000000, 'vue', at="atteindre le ", f=V)
Q('mois de juin', 'date', '2016-06')
# "les millions de clics": no definite value, not a quantity; "5,5 millions" takes
# the noun "clic" given just before.
Q('5,5 millions', 'count', 5500000, 'clic', f=('OTHER', None, None, None))
Q('janvier 2016', 'date', '2016-01')
Q('février dernier', 'date', '2016-02')

if __name__ == '__main__':
    d.write()
