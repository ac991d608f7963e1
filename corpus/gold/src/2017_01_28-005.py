"""Gambie : le président rentre au pays (2017-01-28)."""
from goldlib import Doc

d = Doc('2017_01_28-005', '2017-01-28', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('28 janvier 2017', 'date', '2017-01-28')
Q('1 er décembre', 'date', '2016-12-01')     # election of December 2016
Q('11 jours', 'duration', 'P11D')
Q('mois dernier', 'date', '2016-12', optional=True)   # digitless deictic
Q('21 janvier', 'date', '2017-01-21')
# "un mois et demi": "demi" makes it more than a bare un/une duration -> non-optional
Q('un mois et demi', 'duration', 'P1.5M')
Q('jeudi 26', 'date', '2017-01-26')
# no count or money quantity: no facts

if __name__ == '__main__':
    d.write()
