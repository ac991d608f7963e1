"""Pologne : visite du pape François à Auschwitz (2016-07-29)."""
from goldlib import Doc

d = Doc('2016_07_29-003', '2016-07-29', 'dev', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-29'
Q('29 juillet 2016', 'date', D)
# survivors and Justes present at the visit -> PARTICIPATE; "du camps" = Auschwitz
Q('10', 'count', 10, 'survivant', f=('PARTICIPATE', 'Auschwitz', 'PL', D))
Q('centenaires', 'age', 100, 'year', approx='min', optional=True)
Q('25', 'count', 25, 'juste', f=('PARTICIPATE', None, None, D))
Q('26 juin 2016', 'date', '2016-06-26')
Q('deux', 'count', 2, 'prédécesseur', f=('OTHER', None, None, None))
Q('premier', 'ordinal', 1, at='étant le ', optional=True)
Q('900 000', 'count', 900000, 'juif', f=('KILL', 'Auschwitz', 'PL', None))

if __name__ == '__main__':
    d.write()
