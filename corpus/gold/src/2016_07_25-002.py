"""Floride : une fusillade sur un parking fait deux morts (2016-07-25)."""
from goldlib import Doc

d = Doc('2016_07_25-002', '2016-07-25', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-25'  # the shooting at 0 h 30 (event of the day given by a clock time)
Q('deux', 'count', 2, 'mort', f=('KILL', 'Floride', 'US', T))
Q('25 juillet 2016', 'date', T)
Q('0 h 30', 'time', '00:30')
Q('une quinzaine', 'count', 15, 'personne', approx='approx', f=('AFFECT', 'Fort Myers', 'US', T))
Q('2', 'count', 2, 'personne', at='personnes. ', f=('KILL', None, None, T))
Q('14 et 18 ans', 'age', 14, 'year', approx='range', value_max=18)
Q('4', 'count', 4, 'personne', at='tuées et ', f=('WOUND', None, None, T))
Q('12 ans', 'age', 12, 'year')
Q('Trois', 'count', 3, 'personne', f=('OTHER', None, None, T))
Q('lundi', 'date', T, optional=True)
Q('un', 'count', 1, 'blessé', at='faisant ', optional=True, f=('WOUND', None, None, T))

if __name__ == '__main__':
    d.write()
