"""France : décès du cycliste Roger Walkowiak (2017-02-11)."""
from goldlib import Doc
d = Doc('2017_02_11-001', '2017-02-11', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# Article of Saturday 2017-02-11: "la nuit de lundi à mardi" = 6-7 Feb (bare weekdays, optional).
Q('11 février 2017', 'date', '2017-02-11')
Q('lundi', 'date', '2017-02-06', optional=True)
Q('mardi', 'date', '2017-02-07', optional=True)
Q('89 ans', 'age', 89, 'year')
Q('1956', 'date', '1956')
# "à peine un mois": un/une duration -> optional; "à peine" = barely, at most
Q('à peine un mois', 'duration', 'P1M', approx='max', optional=True)
Q('97 ans', 'age', 97, 'year')
Q('29 décembre dernier', 'date', '2016-12-29')
Q('seize années et demi', 'duration', 'P16Y6M')
Q('90 ans', 'age', 90, 'year')
Q('le mois prochain', 'date', '2017-03', optional=True)   # digitless relative date
Q('seconde', 'ordinal', 2, optional=True)   # idiom "de seconde zone"

if __name__ == '__main__':
    d.write()
