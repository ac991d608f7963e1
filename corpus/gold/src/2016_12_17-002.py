"""Turquie : attentat à la voiture piégée contre un bus de l'armée (2016-12-17)."""
from goldlib import Doc

d = Doc('2016_12_17-002', '2016-12-17', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-12-17'   # attack of the day (clock time only -> article date)
K = ('Kayseri', 'TR', D)
Q('17 décembre 2016', 'date', D)
Q('Au moins 13', 'count', 13, 'personne', approx='min', f=('KILL',) + K)
Q('55', 'count', 55, 'personne', f=('WOUND',) + K)   # "55 blessées": elided "personnes"
Q('5 h 45', 'time', '05:45')                     # "UTC" left out
Q('une semaine', 'duration', 'P1W', optional=True)   # un/une duration: optional (seed)
Q('double', 'number', 2, optional=True)          # "double attentat", as "quintuple"

if __name__ == '__main__':
    d.write()
