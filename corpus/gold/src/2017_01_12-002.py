"""États-Unis : mort de Tilikum, l'orque « tueuse » (2017-01-12)."""
from goldlib import Doc

d = Doc('2017_01_12-002', '2017-01-12', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('12 janvier 2017', 'date', '2017-01-12')
Q('6 janvier', 'date', '2017-01-06')
Q('environ 35 ans', 'age', 35, 'year', approx='approx')
Q('1992', 'date', '1992')
Q('mars 2016', 'date', '2016-03')
# deaths caused over the years: no place or date in the sentence
Q('trois', 'count', 3, 'personne', f=('KILL', None, None, None))
Q('1983', 'date', '1983')
Q('deux ans', 'age', 2, 'year')
Q('2013', 'date', '2013')
# life spans: ages reached
Q("jusqu'à 50-60 ans", 'age', 50, 'year', approx='range', value_max=60)
Q('plus de 100 ans', 'age', 100, 'year', approx='min')
Q('mois dernier', 'date', '2016-12', optional=True)
Q('105 ans environ', 'age', 105, 'year', approx='approx')
Q('2016', 'date', '2016', at='En ')

if __name__ == '__main__':
    d.write()
