"""Turquie : un nouveau parti d'opposition voit le jour (2017-10-25)."""
from goldlib import Doc

d = Doc('2017_10_25-001', '2017-10-25', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('25 octobre 2017', 'date', '2017-10-25')
Q('ce jour', 'date', '2017-10-25', optional=True)
Q('années 1990', 'date', '1990', approx='range', value_max='1999')
Q('2015', 'date', '2015')
Q('16 avril 2017', 'date', '2017-04-16')
Q('septembre 2016', 'date', '2016-09')
# seats held by the new party (VOTE: seats, élus); the Assembly is an institution, not a place
Q('cinq', 'count', 5, 'député', f=('VOTE', None, None, None))
Q('novembre 2019', 'date', '2019-11')

if __name__ == '__main__':
    d.write()
