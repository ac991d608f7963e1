"""Triathlon : le Grand Prix FFTri à Nice annulé (2016-09-20)."""
from goldlib import Doc

d = Doc('2016_09_20-001', '2016-09-20', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "division une" is part of a competition name: not a quantity. No counts: no facts.
Q('20 septembre 2016', 'date', '2016-09-20')
Q('2016', 'date', '2016', at='saison ')
Q("mois d'octobre", 'date', '2016-10')          # "au début du mois d'octobre"
Q('1 er semestre 2017', 'date', '2017-01', approx='range', value_max='2017-06')
Q('2016', 'date', '2016', at='circuit ')

if __name__ == '__main__':
    d.write()
