"""Irak : mort de dizaines de civils dans l'effondrement d'immeubles (2017-03-30)."""
from goldlib import Doc

d = Doc('2017_03_30-001', '2017-03-30', 'dev', source='winer-fr/train', entities=False)
Q = d.q

M = '2017-03'  # the strike: before 25 March, among the strikes of 17-23 March
Q('30 mars 2017', 'date', '2017-03-30')
Q('25 mars', 'date', '2017-03-25')
Q('premier', 'ordinal', 1, optional=True)
Q('13 mars', 'date', '2017-03-13')
Q('Plus de 130', 'count', 130, 'civil', approx='min', f=('KILL', None, None, M))
Q('Plus de 27', 'count', 27, 'bâtiment', approx='min', f=('AFFECT', None, None, M))
Q('trois', 'count', 3, 'bâtiment', f=('AFFECT', None, None, M))
Q('entre les17 et 23 mars', 'date', '2017-03-17', approx='range', value_max='2017-03-23')  # "les17" glued in the text
Q('Plus de 2 700', 'count', 2700, 'civil', approx='min', f=('KILL', None, None, None))  # "en Syrie et en Irak": two countries
Q('été 2014', 'date', '2014-06', approx='range', value_max='2014-08')
Q('plus de 1 000', 'count', 1000, 'civil', approx='min', f=('KILL', None, None, M))
Q('mars', 'date', M, at='1 000 en ')
Q('220', 'count', 220, 'civil', f=('KILL', None, None, None))

if __name__ == '__main__':
    d.write()
