"""Pakistan : attentat meurtrier contre un sanctuaire soufi (2017-02-17)."""
from goldlib import Doc

d = Doc('2017_02_17-002', '2017-02-17', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-02-16'  # the Sehwan Sharif bombing, "Ce 16 février"
Q('17 février 2017', 'date', '2017-02-17')
Q('16 février', 'date', A, at='Ce ')
Q('un', 'count', 1, 'kamikaze', at='Ce 16 février, ', optional=True, f=('OTHER', None, None, A))
# "... tuées, en faisant l'une des attaques les plus violentes qu'ait connu le pays": le pays = Pakistan
Q("près d'une centaine", 'count', 100, 'personne', approx='approx', f=('KILL', 'Pakistan', 'PK', A))
Q('13 février', 'date', '2017-02-13')
Q('14', 'count', 14, 'personne', f=('KILL', 'Lahore', 'PK', '2017-02-13'))
Q('deuxième', 'ordinal', 2, optional=True)
Q('2004', 'date', '2004')
Q('2007', 'date', '2007')
Q('lendemain', 'date', '2017-02-17', optional=True)
Q('17 février', 'date', '2017-02-17', at="l'attaque, le ")
Q('première', 'ordinal', 1, optional=True)
Q('deux', 'count', 2, 'pays', at='entre les ', f=('OTHER', None, None, None))
Q('16 février', 'date', A, at="l'attaque du ")
Q('juin 2014', 'date', '2014-06')

if __name__ == '__main__':
    d.write()
