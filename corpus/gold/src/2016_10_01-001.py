"""Espace : OSIRIS-REx commence son voyage vers l'astéroïde Bénou (2016-10-01)."""
from goldlib import Doc

d = Doc('2016_10_01-001', '2016-10-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('1er octobre 2016', 'date', '2016-10-01')
# launch "dans la nuit du 8 au 9 septembre 2016": one date range
Q('du 8 au 9 septembre 2016', 'date', '2016-09-08', approx='range', value_max='2016-09-09')
Q('environ 500 mètres', 'measure', 500, 'm', approx='approx')
# "d'à peine 60 grammes": 'à peine' stresses smallness, not a bound
Q('60 grammes', 'measure', 60, 'g')
Q('2023', 'date', '2023')
Q('trois', 'count', 3, 'caméra', at=0, f=('OTHER', None, None, None))
# indefinite "un altimètre" in the instrument list: not a reported-event participant
Q('un', 'count', 1, 'altimètre', at=', ', optional=True, f=('OTHER', None, None, None))
Q('trois', 'count', 3, 'spectromètre', at=1, f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
