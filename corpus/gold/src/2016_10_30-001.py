"""Burundi : au pays des disparitions forcées (2016-10-30)."""
from goldlib import Doc

d = Doc('2016_10_30-001', '2016-10-30', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

# footnote marks [1] [2] [3] are not quantities
Q('30 octobre 2016', 'date', '2016-10-30')
Q('cent jours', 'duration', 'P100D')
Q('2015', 'date', '2015')
# organisations banned ("interdites") -> AFFECT (closed); "récemment": no date
Q('cinq', 'count', 5, 'organisation', f=('AFFECT', 'Burundi', 'BI', None))

if __name__ == '__main__':
    d.write()
