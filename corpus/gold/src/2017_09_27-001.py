"""France : baisses d'impôt pour les plus aisés (2017-09-27)."""
from goldlib import Doc

d = Doc('2017_09_27-001', '2017-09-27', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

B = '2018'   # the 2018 State budget the measures belong to
Q('27 septembre 2017', 'date', '2017-09-27', at=0)
Q('mercredi 27 septembre 2017', 'date', '2017-09-27')
Q('2018', 'date', '2018')
Q('premier', 'ordinal', 1, at='En ', optional=True)   # "En premier lieu"
# "de 33,3 % à 28 %": a change, two quantities (guideline)
Q('33,3 %', 'percent', 33.3, '%')
Q('28 %', 'percent', 28, '%')
# shortfall for the State budget -> COST (budget); dated by the 2018 budget
Q("six milliards d'euros", 'money', 6000000000, 'EUR', f=('COST', None, None, B))
# percentage points: kind percent, unit "%" (the spec has no points unit)
Q('1,7 point de pourcentage', 'percent', 1.7, '%')
# income threshold ("au delà de" = more than -> min); nothing happens to it -> OTHER
Q('au delà de 1 200 euros', 'money', 1200, 'EUR', approx='min', f=('OTHER', None, None, None))
Q("quinze milliards d'euros", 'money', 15000000000, 'EUR', f=('COST', None, None, B))

if __name__ == '__main__':
    d.write()
