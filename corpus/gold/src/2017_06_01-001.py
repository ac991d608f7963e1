"""Trump annonce le retrait des États-Unis de l'accord de Paris sur le climat (2017-06-01)."""
from goldlib import Doc

d = Doc('2017_06_01-001', '2017-06-01', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

Q('1er juin 2017', 'date', '2017-06-01')
Q('décembre 2015', 'date', '2015-12')
Q('premier', 'ordinal', 1, at='le ', optional=True)   # spelled ordinal
# "des semaines de sursis": no definite value
Q('trois ans', 'duration', 'P3Y')
Q('4 novembre 2016', 'date', '2016-11-04')
Q('un an', 'duration', 'P1Y', optional=True)   # un/une duration -> optional
# no count or money quantity: no facts

if __name__ == '__main__':
    d.write()
