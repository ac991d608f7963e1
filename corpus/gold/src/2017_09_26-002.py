"""Allemagne : Merkel sort fragilisée des élections (2017-09-26)."""
from goldlib import Doc

d = Doc('2017_09_26-002', '2017-09-26', 'train', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
V = ('VOTE', None, None, None)
Q('26 septembre 2017', 'date', '2017-09-26')
Q('deux', 'count', 2, 'formation', at='élections. Les ', f=O)
Q('deux', 'count', 2, 'formation', at='attendu, les ', f=O)
Q('33 %', 'percent', 33, '%')
Q('65', 'count', 65, 'siège', f=V)
Q('1933', 'date', '1933')
Q('20,5 %', 'percent', 20.5, '%')
Q('40', 'count', 40, 'siège', f=V)
# "au début des années 200" (sic, for the 2000s)
Q('années 200', 'date', '2000', approx='range', value_max='2009', optional=True)
Q('2007', 'date', '2007')
Q('près de 10 %', 'percent', 10, '%', approx='approx')
Q('cinq', 'count', 5, 'siège', f=V)
Q('troisième', 'ordinal', 3, optional=True)
Q('12,6 %', 'percent', 12.6, '%')
Q('94', 'count', 94, 'siège', f=V)
Q('2005', 'date', '2005')
Q('deux', 'count', 2, 'formation', at='(vert). Les ', f=O)
Q('2013', 'date', '2013')
Q('trois mois', 'duration', 'P3M')

if __name__ == '__main__':
    d.write()
