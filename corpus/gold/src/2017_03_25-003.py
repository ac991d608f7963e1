"""France : François Fillon accuse l'Élysée de tenir un « cabinet noir » (2017-03-25)."""
from goldlib import Doc

d = Doc('2017_03_25-003', '2017-03-25', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "Sapin 2" (a law's name) and "2F Conseil" (a company) are names, not quantities.
Q('25 mars 2017', 'date', '2017-03-25')
Q('jeudi 23 mars', 'date', '2017-03-23')
Q('entre 2013 et 2016', 'date', '2013', approx='range', value_max='2016')
Q('jeudi', 'date', '2017-03-23', at='ce [', optional=True)
Q('De 2012 à 2016', 'date', '2012', approx='range', value_max='2016')
Q('7', 'count', 7, 'conférence', at='donné ', f=('OTHER', None, None, None))
Q('3', 'count', 3, 'conférence', at='dont ', f=('OTHER', 'Russie', 'RU', None))
Q('21 mars 2013', 'date', '2013-03-21')
Q('19 septembre 2013', 'date', '2013-09-19')
Q('19 juin 2015', 'date', '2015-06-19')
Q('5', 'count', 5, 'conférence', at='. ', f=('OTHER', None, None, None))
Q('6 février 2017', 'date', '2017-02-06')
Q('trois', 'count', 3, 'client', f=('OTHER', None, None, '2017-02-06'))

if __name__ == '__main__':
    d.write()
