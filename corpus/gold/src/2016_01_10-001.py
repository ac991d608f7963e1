"""La Corée du Nord annonce avoir tiré un nouveau missile balistique (2016-01-10)."""
from goldlib import Doc

d = Doc('2016_01_10-001', '2016-01-10', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: "un nouveau missile", "une bombe", "un test" are plain
# indefinite articles (not participants counted); "bombe H", "SLBM" no value.
Q('10 janvier 2016', 'date', '2016-01-10')
Q('mercredi 6 janvier', 'date', '2016-01-06')
Q('trente kilomètres', 'measure', 30, 'km')
Q('trois jours', 'duration', 'P3D')
Q('troisième', 'ordinal', 3, optional=True)
Q('décembre', 'date', '2015-12')          # "en décembre" before a January 2016 article
Q('2014', 'date', '2014')
Q('mai 2015', 'date', '2015-05')           # "depuis" left out of the span
Q('première', 'ordinal', 1, optional=True)
Q('second', 'ordinal', 2, optional=True)   # "Un second test"
Q('novembre', 'date', '2015-11')

if __name__ == '__main__':
    d.write()
