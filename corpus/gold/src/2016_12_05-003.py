"""Québec : Valérie Plante est élue chef de Projet Montréal (2016-12-05)."""
from goldlib import Doc

d = Doc('2016_12_05-003', '2016-12-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

V = '2016-12-04'   # the leadership vote, "dimanche 4 décembre 2016"
Q('5 décembre 2016', 'date', '2016-12-05')
Q('dimanche 4 décembre 2016', 'date', V)
Q('5 novembre 2017', 'date', '2017-11-05')
# "Un autre conseiller" is an indefinite article, not annotated.
Q('trois', 'count', 3, 'candidat', f=('PARTICIPATE', None, None, V))  # candidates of the race
Q('novembre', 'date', '2016-11', at='la course en ')
Q('42 ans', 'age', 42, 'year')
Q('2013', 'date', '2013')
Q('25 ans', 'duration', 'P25Y')
Q('2016', 'date', '2016', at='adoptée en ')

if __name__ == '__main__':
    d.write()
