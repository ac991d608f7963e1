"""Jeux olympiques de Rio : la Néerlandaise Van Rouwendaal en or, Aurélie Muller disqualifiée (2016-08-15)."""
from goldlib import Doc
d = Doc('2016_08_15-002', '2016-08-15', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money in this article: no facts.
Q('15 août 2016', 'date', '2016-08-15')
Q('10 km', 'measure', 10, 'km')
Q('ce lundi', 'date', '2016-08-15', optional=True)   # bare weekday
Q('1 h 56 minutes et 32 secondes', 'duration', 'PT1H56M32S')
Q('seconde', 'ordinal', 2, at='en ', optional=True)
Q('seconde', 'ordinal', 2, at='pour la ', optional=True)

if __name__ == '__main__':
    d.write()
