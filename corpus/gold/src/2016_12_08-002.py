"""France : un important nuage de pollution recouvre Paris (2016-12-08)."""
from goldlib import Doc

d = Doc('2016_12_08-002', '2016-12-08', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('8 décembre 2016', 'date', '2016-12-08')
Q('une semaine', 'duration', 'P1W', optional=True)   # "Depuis une semaine": un/une duration
# unit words separated by "de particules fines" stay in the span (guideline)
Q('90 microgrammes de particules fines par mètre cube', 'measure', 90, 'µg/m3')
Q('50 µg/m3', 'measure', 50, 'µg/m3')
Q('au moins 10 ans', 'duration', 'P10Y', approx='min')
Q('quatrième', 'ordinal', 4, optional=True)
Q('1997', 'date', '1997')
Q('première', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
