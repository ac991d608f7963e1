"""Médias : Morandini à l'antenne sur I-Télé malgré la grève de la rédaction (2016-10-17)."""
from goldlib import Doc

d = Doc('2016_10_17-003', '2016-10-17', 'train', source='winer-fr/dev', entities=False)
Q = d.q

D = '2016-10-17'
Q('17 octobre 2016', 'date', D)
Q('Peu après 11 heures', 'time', '11:00', approx='min')
Q('24 heures', 'duration', 'PT24H')
Q('116', 'count', 116, 'voix', f=('VOTE', None, None, D))
Q('17', 'count', 17, 'abstention', at='voix pour, ', f=('VOTE', None, None, D))
Q('4', 'count', 4, 'voix', at='abstentions et ', f=('VOTE', None, None, D))
Q('1999', 'date', '1999')
Q('18 ans', 'age', 18, 'year')
Q('2000', 'date', '2000')

if __name__ == '__main__':
    d.write()
