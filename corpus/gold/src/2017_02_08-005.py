"""France : Fillon soupçonné de conflits d'intérêts (2017-02-08)."""
from goldlib import Doc

d = Doc('2017_02_08-005', '2017-02-08', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# Consulting fees are revenue -> OTHER (guideline: revenue -> OTHER); they were earned
# over a span of years ("entre 2012 et 2015"), which a single fact date cannot carry -> None.
Q('8 février 2017', 'date', '2017-02-08')
Q('600 000 euros', 'money', 600000, 'EUR', f=('OTHER', None, None, None))
Q('entre 2012 et 2015', 'date', '2012', approx='range', value_max='2015')
Q('trois', 'count', 3, 'client', f=('OTHER', None, None, None))
Q('200 000 euros', 'money', 200000, 'EUR', f=('OTHER', None, None, None))
Q('entre 2012 et 2014', 'date', '2012', approx='range', value_max='2014')
# "Solvabilité II": name, not a quantity; "le seul salarié": no number word.

if __name__ == '__main__':
    d.write()
