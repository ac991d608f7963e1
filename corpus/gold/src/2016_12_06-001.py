"""France : Bernard Cazeneuve remplace Manuel Valls comme premier ministre (2016-12-06)."""
from goldlib import Doc

d = Doc('2016_12_06-001', '2016-12-06', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('6 décembre 2016', 'date', '2016-12-06')
Q('mai 2017', 'date', '2017-05')
Q('mardi 6 décembre', 'date', '2016-12-06')
Q('2 avril 2014', 'date', '2014-04-02')
# "le pays" = France; attacks spread since January 2015, no single date
Q('trois', 'count', 3, 'attentat', f=('OTHER', 'France', 'FR', None))
Q('janvier 2015', 'date', '2015-01')
Q('2012', 'date', '2012')
Q('la veille', 'date', '2016-12-05', optional=True)
Q('17 décembre', 'date', '2016-12-17')

if __name__ == '__main__':
    d.write()
