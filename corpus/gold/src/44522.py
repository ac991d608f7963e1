"""France : la crise financière touche les plus pauvres ainsi que les plus riches (2012-07-04)."""
from goldlib import Doc

d = Doc('44522', '2012-07-04', 'train')
Q = d.q

d.ent('France', 'LOC')
d.ent('INSEE', 'ORG')
d.ent('Houdré', 'PER')

Q('4 juillet 2012', 'date', '2012-07-04')
Q('2009', 'date', '2009', at='financière de ')
Q('10 %', 'percent', 10, '%', at='Les ')
Q('2,1 %', 'percent', 2.1, '%')
Q('entre 2008 et 2009', 'date', '2008', approx='range', value_max='2009')
Q('1.4 %', 'percent', 1.4, '%')
Q('2002-2004', 'date', '2002', approx='range', value_max='2004')
Q('2009', 'date', '2009', at='active en ')
Q('10 %', 'percent', 10, '%', at='Pour les ')
Q('1,2 %', 'percent', 1.2, '%')
Q('deux', 'count', 2, 'mineur', f=('OTHER', None, None, None))
Q('moins de 14 ans', 'age', 14, 'year', approx='max')
Q('inférieur ou égal à 2 200 €', 'money', 2200, 'EUR', approx='max', f=('OTHER', None, None, None))
Q('cinq ans', 'duration', 'P5Y')
Q('environ 16 000 000', 'count', 16000000, 'habitant', approx='approx', f=('AFFECT', None, None, None))
Q('plus de 16 ans', 'age', 16, 'year', approx='min')
Q('36 %', 'percent', 36, '%')
Q('au moins un', 'count', 1, 'épisode', approx='min', optional=True, f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
