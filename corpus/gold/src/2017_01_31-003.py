"""France : de nouvelles révélations contre François Fillon (2017-01-31)."""
from goldlib import Doc

d = Doc('2017_01_31-003', '2017-01-31', 'holdout2', source='winer-fr/dev', entities=False)
Q = d.q

# Alleged facts, no verdict: OTHER; their period "entre 2005 et 2007" is a range, so fact dates stay null.
Q('31 janvier 2017', 'date', '2017-01-31')
Q('mai', 'date', '2017-05')
Q('sept', 'count', 7, 'chèque', f=('OTHER', None, None, None))
Q('3 000 euros', 'money', 3000, 'EUR', f=('OTHER', None, None, None))
Q('entre 2005 et 2007', 'date', '2005', approx='range', value_max='2007')
Q('une soixantaine', 'count', 60, 'sénateur', approx='approx', f=('PARTICIPATE', None, None, None))
Q('2003 à 2014', 'date', '2003', approx='range', value_max='2014')
Q('2009', 'date', '2009')

if __name__ == '__main__':
    d.write()
