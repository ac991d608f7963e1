"""États-Unis : démission du conseiller de Trump à la sécurité nationale (2017-02-15)."""
from goldlib import Doc

d = Doc('2017_02_15-003', '2017-02-15', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

M = '2017-02-13'   # Monday before Wednesday 15 February
Q('15 février 2017', 'date', '2017-02-15')
Q('ce lundi', 'date', M, optional=True)
Q('moins de quatre jours', 'duration', 'P4D', approx='max')
Q('jeudi', 'date', '2017-02-09', optional=True)
Q('décembre', 'date', '2016-12', at='téléphone, en ')
Q('1799', 'date', '1799')          # "Logan Act de 1799": year after a name is a date
Q('première', 'ordinal', 1, optional=True)   # "de la première heure" (spelled ordinal)
Q('décembre 2015', 'date', '2015-12')
Q('lundi', 'date', M, at='demandé ', optional=True)
Q('lundi', 'date', M, at='démissionné ', optional=True)

if __name__ == '__main__':
    d.write()
