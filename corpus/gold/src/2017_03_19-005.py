"""France : suite de l'affaire des costumes de Fillon (2017-03-19)."""
from goldlib import Doc

d = Doc('2017_03_19-005', '2017-03-19', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

P = '2017-02-20'  # Bourgi paid ("réglé") the suits "le 20 février"
L = ('Arnys', 'FR', '2012')  # clothes paid in cash "à Arnys ... depuis 2012"
Q('19 mars 2017', 'date', '2017-03-19')
Q('deux', 'count', 2, 'costume', at='réglé les ', f=('OTHER', None, None, P))
Q('13 000 euros', 'money', 13000, 'EUR', f=('COST', None, None, P))
Q('cette semaine', 'date', '2017-W11', optional=True)
Q('7 décembre 2016', 'date', '2016-12-07')
Q('20 février', 'date', P)
Q('deux fois', 'number', 2)
Q('12 mars', 'date', '2017-03-12')
Q('Près de 35 500 euros', 'money', 35500, 'EUR', approx='approx', f=('COST',) + L)
Q('2012', 'date', '2012')
Q('deux', 'count', 2, 'veste', at='concernant ', f=('OTHER',) + L)
Q('un', 'count', 1, 'blazer', at='forestières, ', optional=True, f=('OTHER',) + L)
Q('deux', 'count', 2, 'pantalon', at='blazer, ', f=('OTHER',) + L)
Q('deux', 'count', 2, 'pull', at='pantalons et ', f=('OTHER',) + L)
Q('février', 'date', '2017-02', at='costumes en ')
Q('supérieure à 150 euros', 'money', 150, 'EUR', approx='min', f=('OTHER', None, None, None))
Q('jeudi', 'date', '2017-03-16', optional=True)
Q('mardi', 'date', '2017-03-14', optional=True)

if __name__ == '__main__':
    d.write()
