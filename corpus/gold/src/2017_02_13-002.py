"""Concours Eurovision de la chanson 2017 : la chanteuse Alma représentera la France (2017-02-13)."""
from goldlib import Doc

d = Doc('2017_02_13-002', '2017-02-13', 'test', source='winer-fr/dev', entities=False)
Q = d.q

Q('2017', 'date', '2017', at='chanson ')
Q('13 février 2017', 'date', '2017-02-13')
Q('28 ans', 'age', 28, 'year')
Q('62 e', 'ordinal', 62, at=0)
Q('6 e', 'ordinal', 6)
Q('2002', 'date', '2002')
Q('62 e', 'ordinal', 62, at=1)
Q('13 mai prochain', 'date', '2017-05-13')
Q('2016', 'date', '2016', at='Jamala en ')
Q('deux', 'count', 2, 'demi-finale', f=('OTHER', None, None, '2017-05'))
Q('9 et 11 mai', 'date', '2017-05-09', approx='range', value_max='2017-05-11')
Q('43', 'count', 43, 'pays', f=('PARTICIPATE', None, None, '2017-05'))
Q('2016', 'date', '2016', at='exclue en ')
Q('16 millions de francs suisses', 'money', 16000000, 'CHF', f=('OTHER', None, None, '2016'))

if __name__ == '__main__':
    d.write()
