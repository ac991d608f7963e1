"""L'Église épiscopale des États-Unis est suspendue de la Communion anglicane (2016-01-26)."""
from goldlib import Doc

d = Doc('2016_01_26-001', '2016-01-26', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('26 janvier 2016', 'date', '2016-01-26')
Q('14 janvier 2016', 'date', '2016-01-14')
Q('trois ans', 'duration', 'P3Y', at=0)            # "une période de trois ans"
Q('trois ans', 'duration', 'P3Y', at=1)            # "suspension de trois ans"
# "le deux tiers des archevêques": a fraction (share of a vote); the spec has no
# kind for fractions -> number 2/3, optional (undecidable), no fact.
Q('deux tiers', 'number', 2 / 3, optional=True)

if __name__ == '__main__':
    d.write()
