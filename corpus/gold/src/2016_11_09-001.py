"""Donald Trump est élu 45e président des États-Unis (2016-11-09)."""
from goldlib import Doc

d = Doc('2016_11_09-001', '2016-11-09', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money quantity: no facts.
Q('45e', 'ordinal', 45)
Q('9 novembre 2016', 'date', '2016-11-09')
Q('quarante-cinquième', 'ordinal', 45, optional=True)   # spelled ordinal
Q('70 ans', 'age', 70, 'year')
Q('20 janvier 2017', 'date', '2017-01-20')

if __name__ == '__main__':
    d.write()
