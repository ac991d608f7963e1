"""Cinéma : décès de l'acteur italien Bud Spencer (2016-06-28)."""
from goldlib import Doc

d = Doc('2016_06_28-001', '2016-06-28', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('28 juin 2016', 'date', '2016-06-28')
Q('hier', 'date', '2016-06-27', optional=True)
Q('27 juin', 'date', '2016-06-27')
Q('86 ans', 'age', 86, 'year')
Q('1967', 'date', '1967')
Q('1970', 'date', '1970')
Q('années 1950', 'date', '1950', approx='range', value_max='1959')
Q('1951', 'date', '1951')
# two semi-final places (Helsinki 1952, Melbourne 1956): a sport statistic spread over two places
Q('deux', 'count', 2, 'place', at='1951 et ', f=('OTHER', None, None, None))
Q('1952', 'date', '1952')
Q('1956', 'date', '1956')
Q('la même année', 'date', '1956', optional=True)

if __name__ == '__main__':
    d.write()
