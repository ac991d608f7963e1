"""Syrie : affrontements et recompositions parmi les rebelles (2017-02-03)."""
from goldlib import Doc

d = Doc('2017_02_03-002', '2017-02-03', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# Counts of rebel groups are totals nothing happened to -> OTHER; no place named
# in their sentences (the headline's "Syrie" is for headline figures only).
O = ('OTHER', None, None, None)
Q('3 février 2017', 'date', '2017-02-03')
Q('20 janvier', 'date', '2017-01-20')
Q('deux', 'count', 2, 'groupe', at='polariser en ', f=O)
Q('mars 2016', 'date', '2016-03')
# "13 e division": the unit's name, but a digit ordinal: undecidable -> optional.
Q('13 e', 'ordinal', 13, optional=True)
Q('décembre 2016', 'date', '2016-12')
# "un seul groupe": emphatic count, non-optional (guideline "une seule femme").
Q('un', 'count', 1, 'groupe', at='regroupement en ', f=O)
Q('deux', 'count', 2, 'groupe', at='factions rebelles en ', f=O)
Q('première', 'ordinal', 1, optional=True)
Q('deux', 'count', 2, 'groupe', at='Chacun des ', f=O)
# Fighters making up each group: members -> PARTICIPATE.
Q("environ 30 000", 'count', 30000, 'combattant', approx='approx',
  f=('PARTICIPATE', None, None, None))

if __name__ == '__main__':
    d.write()
