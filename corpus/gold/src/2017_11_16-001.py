"""France : le chômage repart à la hausse pour l'Insee (2017-11-16)."""
from goldlib import Doc

d = Doc('2017_11_16-001', '2017-11-16', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# "0,2 point" etc. (percentage points) are kind percent, unit "%", the word "point" in the span;
# written signs kept. "passant de 9,5 à 9,7 %" is two quantities (guideline).
# "le troisième trimestre" (no year, article of Nov. 2017) is a date range 2017-07 … 2017-09,
# like "premier trimestre 2016".
Q('16 novembre 2017', 'date', '2017-11-16')
Q('deux années', 'duration', 'P2Y')
Q('troisième trimestre', 'date', '2017-07', approx='range', value_max='2017-09', at=0)
Q('0,2 point', 'percent', 0.2, '%', at='hausse de ')
Q('9,5', 'percent', 9.5, '%')
Q('9,7 %', 'percent', 9.7, '%')
Q('une année', 'duration', 'P1Y', optional=True)
Q('-0,3 point', 'percent', -0.3, '%')
Q('10 %', 'percent', 10, '%')
Q('un an', 'duration', 'P1Y', optional=True)   # "il y a un an": duration (guideline), "un" -> optional
Q('22,6', 'percent', 22.6, '%')
Q('21,9 %', 'percent', 21.9, '%')
Q('-0,2 point', 'percent', -0.2, '%')
Q('37,1 %', 'percent', 37.1, '%')
Q('+0,1 point', 'percent', 0.1, '%')
Q('6,4 %', 'percent', 6.4, '%')
Q('26-49 ans', 'age', 26, 'year', approx='range', value_max=49)
Q('+0,4 point', 'percent', 0.4, '%')
Q('8,9 %', 'percent', 8.9, '%')
Q("l'année", 'duration', 'P1Y', at='que sur ', optional=True)   # "sur l'année": year-on-year period
Q('+0,2 point', 'percent', 0.2, '%')
Q('troisième trimestre', 'date', '2017-07', approx='range', value_max='2017-09', at=1)
Q('15 février 2018', 'date', '2018-02-15')

if __name__ == '__main__':
    d.write()
