"""La député britannique Jo Cox blessée par balles (2016-06-16)."""
from goldlib import Doc

d = Doc('2016_06_16-002', '2016-06-16', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-06-16'  # the attack, "en début d'après-midi" of the dateline's day
# (narrow no-break spaces U+202F around "h")
# "Page actualisée : 16 juin 2016, 16 h 20": a date with its clock time, one datetime quantity
Q('16 juin 2016, 16\u202fh\u202f20', 'datetime', '2016-06-16T16:20')
Q('16 juin 2016', 'date', T, at=1)
# "en début d'après-midi" is not a quantity (as "dans l'après-midi")
# "dans une semaine": duration with "une", optional like "une semaine" in the seed
Q('une semaine', 'duration', 'P1W', optional=True)
Q('Un', 'count', 1, 'homme', at='établies. ', optional=True, f=('WOUND', None, None, T))
Q('un', 'count', 1, 'individu', at='interpellé ', optional=True, f=('ARREST', None, None, T))
Q('52 ans', 'age', 52, 'year')
Q('41 ans', 'age', 41, 'year')
Q('2015', 'date', '2015')

if __name__ == '__main__':
    d.write()
