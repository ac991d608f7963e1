"""États-Unis : revers cuisant de Donald Trump sur la réforme de la santé (2017-03-26)."""
from goldlib import Doc

d = Doc('2017_03_26-003', '2017-03-26', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

Q('26 mars 2017', 'date', '2017-03-26')
Q('vendredi', 'date', '2017-03-24', optional=True)
Q('une semaine', 'duration', 'P1W', optional=True)
Q("l'année prochaine", 'date', '2018', optional=True)
Q('jeudi', 'date', '2017-03-23', optional=True)
# votes needed in the House; dated by the vote withdrawn on Friday
Q('216', 'count', 216, 'voix', f=('VOTE', None, None, '2017-03-24'))
Q('un mois', 'duration', 'P1M', optional=True)     # "un mois après"
Q('première', 'ordinal', 1, optional=True)         # "La version première"
# people who would lose insurance under the bill -> AFFECT (elided noun: personne)
Q('environ 24 à 26 millions', 'count', 24000000, 'personne', approx='range', value_max=26000000,
  f=('AFFECT', None, None, None))
Q('cette semaine', 'date', '2017-W12', optional=True)
Q('41 %', 'percent', 41, '%')

if __name__ == '__main__':
    d.write()
