"""France : pénurie d'essence suite au blocage des raffineries par les syndicats manifestant contre la loi-Travail (2016-05-26)."""
from goldlib import Doc

d = Doc('2016_05_26-006', '2016-05-26', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-05-26'  # "ce jeudi 26"
Q('26 mai 2016', 'date', T)
Q('20 mai dernier', 'date', '2016-05-20')
Q('plus de 4000', 'count', 4000, 'station', approx='min', f=('AFFECT', None, None, T))
Q('jeudi 26', 'date', T)
Q('près de 500', 'count', 500, 'station', approx='approx', f=('OTHER', None, None, T))
Q('5', 'number', 5, at='multipliée par ')
Q('115 jours', 'duration', 'P115D')
Q('16', 'count', 16, 'centrale', at='Par ailleurs, ', f=('PROTEST', None, None, None))

if __name__ == '__main__':
    d.write()
