"""Ligue des champions féminine : l'Olympique lyonnais se qualifie pour la finale (2016-05-04)."""
from goldlib import Doc

d = Doc('2016_05_04-001', '2016-05-04', 'test', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('2014-2015', 'date', '2014', approx='range', value_max='2015')
Q('4 mai 2016', 'date', '2016-05-04')
Q('7', 'number', 7, at='remporté ')
Q('0', 'number', 0, at='remporté 7 à ')
Q('24 avril dernier', 'date', '2016-04-24')
Q('7', 'count', 7, 'match', at='– ', f=O)
Q('6', 'count', 6, 'victoire', at='joués, ', f=O)
Q('1', 'count', 1, 'nul', at='victoires, ', f=O)
Q('34', 'count', 34, 'but', f=O)
Q('1', 'count', 1, 'but', at='pour ', f=O)
Q('1', 'number', 1, at='PSG ')
Q('0', 'number', 0, at='PSG 1 à ')
Q('2 mai', 'date', '2016-05-02')
Q('26 mai', 'date', '2016-05-26')
Q('2013', 'date', '2013')

if __name__ == '__main__':
    d.write()
