"""Championnat de France de handball 2016-2017 : quatrième journée (2016-10-13)."""
from goldlib import Doc

d = Doc('2016_10_13-002', '2016-10-13', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('2016-2017', 'date', '2016', approx='range', value_max='2017')
Q('quatrième', 'ordinal', 4, at=0, optional=True)
Q('13 octobre 2016', 'date', '2016-10-13')
Q('quatrième', 'ordinal', 4, at=1, optional=True)
# two draws, one at Nantes and one at Toulouse: spread over two places -> no location
Q('deux', 'count', 2, 'match', at='a vu ', f=('OTHER', None, None, None))
Q('quatre dernières minutes', 'duration', 'PT4M')
Q('5', 'count', 5, 'but', at='laissant passer ', f=('OTHER', None, None, None))
Q('seconde', 'ordinal', 2, at='en ', optional=True)
Q('second', 'ordinal', 2, at='Le ', optional=True)
# the two teams competing in the match at Toulouse
Q('deux', 'count', 2, 'équipe', at='les ', f=('PARTICIPATE', 'Toulouse', 'FR', None))
# half-time score (16-16): two goal tallies
Q('16', 'count', 16, 'but', at='(', f=('OTHER', None, None, None))
Q('16', 'count', 16, 'but', at='(16-', f=('OTHER', None, None, None))
Q('10 dernières minutes', 'duration', 'PT10M')
Q("jusqu'à 4", 'count', 4, 'but', approx='max', f=('OTHER', None, None, None))
Q('second', 'ordinal', 2, at='ce ', optional=True)
Q('quatre', 'count', 4, 'journée', at='en ', f=('OTHER', None, None, None))
Q('23', 'count', 23, 'arrêt', f=('OTHER', None, None, None))
Q('premiers', 'ordinal', 1, optional=True)
Q('10', 'count', 10, 'point', at='écart de ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
