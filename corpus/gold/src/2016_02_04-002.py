"""Astronomie : ballet planétaire de 2016 (2016-02-04)."""
from goldlib import Doc

d = Doc('2016_02_04-002', '2016-02-04', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('2016', 'date', '2016', at=0)   # headline "ballet planétaire de 2016"
Q('4 février 2016', 'date', '2016-02-04')
# Five planets visible: nothing happens to them -> OTHER. The sentence's date is the
# range janvier-février 2016; the fact takes its lower bound (judgement call).
Q('Cinq', 'count', 5, 'planète', f=('OTHER', None, None, '2016-01'))
# two months joined by "et": one date range
Q('mois de janvier et de février 2016', 'date', '2016-01', approx='range', value_max='2016-02')
Q('première', 'ordinal', 1, at='pendant la ', optional=True)   # spelled ordinal ("première moitié du mois")
Q('de 30 à 60 minutes', 'duration', 'PT30M', approx='range', value_max='PT60M')
# "une décennie": duration with un/une -> optional
Q("plus d'une décennie", 'duration', 'P10Y', approx='min', optional=True)
Q('janvier 2020', 'date', '2020-01')

if __name__ == '__main__':
    d.write()
