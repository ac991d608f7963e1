"""Opportunity fait de l'escalade sur Mars (2016-03-01)."""
from goldlib import Doc

d = Doc('2016_03_01-001', '2016-03-01', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money in the article: no facts. "quelques mois", "quelques jours": no value.
Q('1er mars 2016', 'date', '2016-03-01')
Q('douzième', 'ordinal', 12, optional=True)          # spelled ordinal
Q('25 janvier dernier', 'date', '2016-01-25')
Q('42,195 km', 'measure', 42.195, 'km')
Q('2010', 'date', '2010')                              # "depuis 2010": preposition out
Q('30°', 'measure', 30, '°')                           # slope angle

if __name__ == '__main__':
    d.write()
