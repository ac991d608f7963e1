"""Starbucks va embaucher 10 000 réfugiés dans les 5 prochaines années (2017-02-01)."""
from goldlib import Doc

d = Doc('2017_02_01-004', '2017-02-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('10 000', 'count', 10000, 'réfugié', at=0, f=('EMPLOY', None, None, None))
Q('5 prochaines années', 'duration', 'P5Y')
Q('1er février 2017', 'date', '2017-02-01')
Q('10 000', 'count', 10000, 'réfugié', at=1, f=('EMPLOY', None, None, None))
Q('cinq prochaines années', 'duration', 'P5Y')
Q('sept', 'count', 7, 'pays', f=('AFFECT', None, None, None))
Q('dimanche', 'date', '2017-01-29', optional=True)

if __name__ == '__main__':
    d.write()
