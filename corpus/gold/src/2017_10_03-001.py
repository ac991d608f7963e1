"""États-Unis : une fusillade à Las Vegas tue 59 personnes (2017-10-03)."""
from goldlib import Doc

d = Doc('2017_10_03-001', '2017-10-03', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-10-01'  # "Le soir du 1 er octobre"
Q('59', 'count', 59, 'personne', at='tue ', f=('KILL', 'Las Vegas', 'US', S))
Q('3 octobre 2017', 'date', '2017-10-03')
Q('1 er octobre', 'date', S)
# the gunman: indefinite "un" counting a participant -> optional, with optional fact
Q('un', 'count', 1, 'homme', at='octobre, ', optional=True, f=('OTHER', 'Mandalay Bay', 'US', S))
Q('64 ans', 'age', 64, 'year')
Q('32 e', 'ordinal', 32)
Q('seize', 'count', 16, 'arme', f=('OTHER', None, None, S))
# "il a touché 600 participants par balles dont 59 sont morts": hit by bullets -> WOUND;
# "59" elided -> participant
Q('600', 'count', 600, 'participant', f=('WOUND', None, None, S))
Q('59', 'count', 59, 'participant', at='dont ', f=('KILL', None, None, S))

if __name__ == '__main__':
    d.write()
