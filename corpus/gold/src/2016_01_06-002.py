"""Turquie : les autorités saisissent 13 tonnes de marijuana au large de la Libye (2016-01-06)."""
from goldlib import Doc

d = Doc('2016_01_06-002', '2016-01-06', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# The seizure took place "dans la soirée d'hier" = 2016-01-05; every mention of
# the 13 tonnes is that one seizure and takes that date.
H = '2016-01-05'
# Location: the headline names the seizure's place "au large de la Libye" (the
# fronted "Turquie :" is the actor's country, not where it happened); the first
# body sentence designates it by description "près des côtes libyennes" -> the
# article's name, Libye. The second body mention ("y ont été découvertes") names
# no place -> null.
Q('13 tonnes', 'measure', 13, 't', at=0, f=('SEIZE', 'Libye', 'LY', H))
Q('6 janvier 2016', 'date', '2016-01-06')
Q('hier', 'date', H, optional=True)
Q('13 tonnes', 'measure', 13, 't', at=1, f=('SEIZE', 'Libye', 'LY', H))
Q("aujourd'hui", 'date', '2016-01-06', optional=True)
Q('première', 'ordinal', 1, optional=True)
Q('13 tonnes', 'measure', 13, 't', at=2, f=('SEIZE', None, None, H))
Q('dix', 'count', 10, 'personne', f=('ARREST', None, None, H))
Q('1988', 'date', '1988')

if __name__ == '__main__':
    d.write()
