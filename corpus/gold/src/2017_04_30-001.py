"""Duathlon : championnat d'Europe, six médailles pour la France (2017-04-30)."""
from goldlib import Doc

d = Doc('2017_04_30-001', '2017-04-30', 'dev', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-04-29'   # the championships at Soria, "ce samedi" (article of Sunday 30 April)
# medals won: sport statistic -> OTHER; "pour la France" names the team, not where it happened
Q('six', 'count', 6, 'médaille', f=('OTHER', None, None, S))
Q('30 avril 2017', 'date', '2017-04-30', at=0)
Q('ce samedi', 'date', S, optional=True)
Q('troisième', 'ordinal', 3, at='son ', optional=True)
Q('troisième', 'ordinal', 3, at="d'une ", optional=True)
Q('2016', 'date', '2016', at='place en ')
Q('près de deux minutes', 'duration', 'PT2M', approx='approx')
Q('premières', 'ordinal', 1, optional=True)
Q('seconde', 'ordinal', 2, at='La ', optional=True)
Q('seconde', 'ordinal', 2, at='sa ', optional=True)
Q('troisième', 'ordinal', 3, at='monte sur la ', optional=True)
Q('moins de 23 ans', 'age', 23, 'year', approx='max')
Q('cinq', 'count', 5, 'compétiteur', f=('PARTICIPATE', None, None, S))
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('2015', 'date', '2015')
Q('40 ans', 'age', 40, 'year')
Q('troisième', 'ordinal', 3, at='prend la ', optional=True)
Q('2016', 'date', '2016', at='performance ')
Q('sixième', 'ordinal', 6, optional=True)
Q('troisième', 'ordinal', 3, at='montant sur la ', optional=True)
Q('30 avril 2017', 'date', '2017-04-30', at=1)

if __name__ == '__main__':
    d.write()
