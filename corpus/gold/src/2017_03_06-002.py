"""États-Unis : signature d'un nouveau décret sur l'immigration (2017-03-06)."""
from goldlib import Doc

d = Doc('2017_03_06-002', '2017-03-06', 'test', source='winer-fr/dev', entities=False)
Q = d.q

Q('6 mars 2017', 'date', '2017-03-06')
Q('lundi', 'date', '2017-03-06', optional=True)
Q('mois dernier', 'date', '2017-02', optional=True)
Q('16 mars', 'date', '2017-03-16')
Q('90 jours', 'duration', 'P90D')
Q('six', 'count', 6, 'pays', f=('AFFECT', None, None, '2017-03-16'))
Q('120 jours', 'duration', 'P120D', at=0)
Q('120 jours', 'duration', 'P120D', at=1)
Q('50 000', 'count', 50000, 'réfugié', approx='max', f=('DISPLACE', None, None, None))
Q('entre 85 000 et 100 000', 'count', 85000, 'réfugié', approx='range', value_max=100000,
  f=('DISPLACE', None, None, None))
Q('300', 'count', 300, 'réfugié', f=('MONITOR', 'États-Unis', 'US', None))
Q('Un', 'count', 1, 'somalien', at='terroriste . ', optional=True, f=('ARREST', 'Oregon', 'US', None))
Q('30 ans', 'duration', 'P30Y')

if __name__ == '__main__':
    d.write()
