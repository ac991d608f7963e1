"""Jeux olympiques de Rio : Robson Conceição bat Sofiane Oumiha en finale (2016-08-17)."""
from goldlib import Doc

d = Doc('2016_08_17-002', '2016-08-17', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-08-17'   # the final, reported in the day's news (no other date given)
Q('17 août 2016', 'date', D)
# weight class "moins de 60 kg"
Q('moins de 60 kg', 'measure', 60, 'kg', approx='max')
Q('premier', 'ordinal', 1, at='remporte le ', optional=True)
# rounds won: sport statistic -> OTHER; no place named in the sentence
Q('deux', 'count', 2, 'reprise', f=('OTHER', None, None, D))
Q('premières', 'ordinal', 1, optional=True)
Q('2000', 'date', '2000')
Q('21 ans', 'age', 21, 'year')

if __name__ == '__main__':
    d.write()
