"""Syrie : le Front Al-Nosra rompt ses liens avec Al-Qaïda (2016-07-29)."""
from goldlib import Doc

d = Doc('2016_07_29-002', '2016-07-29', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

Q('29 juillet 2016', 'date', '2016-07-29')
Q('28 juillet 2016', 'date', '2016-07-28', at=0)
Q('28 juillet 2016', 'date', '2016-07-28', at=1)
Q('janvier 2012', 'date', '2012-01')
# "un peu moins d'un an": a duration with "un" -> optional (guideline: only
# durations with a digit or a number word other than un/une are non-optional).
Q("un peu moins d'un an", 'duration', 'P1Y', approx='max', optional=True)
Q("aujourd'hui", 'date', '2016-07-29', optional=True)
# "10 à 20 000 combattants": range 10 000 .. 20 000 (the thousand applies to both).
# Members of the group -> PARTICIPATE ("members"); no place in its sentence;
# dated by "aujourd'hui".
Q('10 à 20 000', 'count', 10000, 'combattant', approx='range', value_max=20000,
  f=('PARTICIPATE', None, None, '2016-07-29'))
Q('mai 2015', 'date', '2015-05')
Q('13 e', 'ordinal', 13)   # "la 13 e division": digit ordinal with a space

if __name__ == '__main__':
    d.write()
