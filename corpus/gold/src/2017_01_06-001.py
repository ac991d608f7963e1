"""Une fusillade éclate dans un aéroport en Floride (2017-01-06)."""
from goldlib import Doc

d = Doc('2017_01_06-001', '2017-01-06', 'dev', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-06'  # the shooting, given by its clock time only
Q('6 janvier 2017', 'date', T)
Q('Un', 'count', 1, 'individu', at='\n', optional=True, f=('OTHER', 'Fort Lauderdale', 'US', T))
Q('12 h 55', 'time', '12:55')
Q('Au moins 5', 'count', 5, 'mort', approx='min', f=('KILL', None, None, T))
Q('13', 'count', 13, 'blessé', f=('WOUND', None, None, T))
Q('26 ans', 'age', 26, 'year')
Q('une', 'count', 1, 'canadienne', at='a raconté ', optional=True, f=('OTHER', None, None, T))

if __name__ == '__main__':
    d.write()
