"""Fukushima fait muter les papillons (2012-09-01)."""
from goldlib import Doc

d = Doc('45037', '2012-09-01', 'train')
Q = d.q

d.ent('Fukushima Daiichi', 'LOC')
d.ents('Fukushima', 'LOC')
d.ents('Japon', 'LOC')
d.ents('Joji Otaki', 'PER')
d.ent('University of the Ryukyus', 'ORG')
d.ent('Okinawa', 'LOC')

O = ('OTHER', None, None, None)
M = '2011-05'
Q('1er septembre 2012', 'date', '2012-09-01')
Q('12 mars 2011', 'date', '2011-03-12')
Q('1 mois', 'duration', 'P1M')
Q('Deux mois', 'duration', 'P2M')
Q('mai 2011', 'date', M)
Q('144', 'count', 144, 'papillon', f=('OTHER', 'Fukushima', 'JP', M))
Q('10', 'count', 10, 'localité', at='dans ', f=('OTHER', 'Fukushima', 'JP', M))
Q('plus de 200 kilomètres', 'measure', 200, 'km', approx='min')
Q('20 kilomètres', 'measure', 20, 'km')
Q('plus de 80 000', 'count', 80000, 'personne', approx='min', f=('DISPLACE', 'Fukushima', 'JP', None))
Q('7', 'count', 7, 'localité', at='dans ', f=O)
Q('12,4 %', 'percent', 12.4, '%', at='capturés, ')
Q('trois', 'count', 3, 'commune', f=O)
Q('plus 1 750 kilomètres', 'measure', 1750, 'km', approx='min')
Q('près de 18,3 %', 'percent', 18.3, '%', approx='approx')
Q('dix', 'count', 10, 'commune', at='les ', f=O)
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('12,4 %', 'percent', 12.4, '%', at='seulement ')
Q('dix', 'count', 10, 'papillon', at='croisé ', f=O)
Q('34 %', 'percent', 34, '%')
Q('238', 'count', 238, 'papillon', f=('OTHER', None, None, '2011-09'))
Q('6 mois', 'duration', 'P6M', at=') ')
Q('septembre 2011', 'date', '2011-09')
Q('28,1 %', 'percent', 28.1, '%')
Q('6 mois', 'duration', 'P6M', at='endroits ')
Q('59,1 %', 'percent', 59.1, '%')
Q('6 mois', 'duration', 'P6M', at='prélevés ')
Q("jusqu'à 0.20 mSv/h", 'measure', 0.2, 'mSv/h', approx='max')
Q('0.32mSv/h', 'measure', 0.32, 'mSv/h', approx='max')
Q('une', 'count', 1, 'espèce', at="qu'", f=O)

if __name__ == '__main__':
    d.write()
