"""Jo Cox a succombé à ses blessures (2016-06-16)."""
from goldlib import Doc

d = Doc('2016_06_16-001', '2016-06-16', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-06-16'   # attack "à la mi-journée" of the article's day
# dateline with a clock time: one datetime, time zone "UTC" left out of the span
Q('16 juin 2016, 16\u202fh\u202f20', 'datetime', '2016-06-16T16:20')
# "à la mi-journée" is not a quantity (as "ce matin")
# indefinite "un homme" (wounded) / "Un homme" (arrested): participants of the reported
# attack, optional counts with optional facts (seed)
Q('un', 'count', 1, 'homme', at="précise qu'", optional=True,
  f=('WOUND', 'West Yorkshire', 'GB', T))   # sentence names the West Yorkshire (its police)
Q('77 ans', 'age', 77, 'year')
Q('Un', 'count', 1, 'homme', at='blessures légères. ', optional=True, f=('ARREST', None, None, T))
Q('52 ans', 'age', 52, 'year')
Q('2015', 'date', '2015')
Q('41 ans', 'age', 41, 'year')
Q('deux', 'count', 2, 'enfant', f=('OTHER', None, None, None))
# "de 3 et 5 ans": the ages of two children, two ages (not a range)
Q('3', 'age', 3, 'year', at='enfants de ')
Q('5 ans', 'age', 5, 'year')

if __name__ == '__main__':
    d.write()
