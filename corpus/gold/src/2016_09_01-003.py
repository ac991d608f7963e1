"""Gabon : violences suite à la réélection d'Ali Bongo (2016-09-01)."""
from goldlib import Doc

d = Doc('2016_09_01-003', '2016-09-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

N = '2016-08-31'  # the night of violence began on Wednesday 31 August
Q('1er septembre 2016', 'date', '2016-09-01')
Q('mercredi 31 août et du jeudi 1 er septembre', 'date', N, approx='range', value_max='2016-09-01')
Q('plus de 1 000', 'count', 1000, 'arrestation', approx='min', f=('ARREST', None, None, N))
Q('six', 'count', 6, 'policier', f=('KILL', 'Libreville', 'GA', N))
Q('entre 600 et 800', 'count', 600, 'interpellation', approx='range', value_max=800,
  f=('ARREST', 'Libreville', 'GA', N))
Q('200 à 300', 'count', 200, 'interpellation', approx='range', value_max=300,
  f=('ARREST', 'Gabon', 'GA', N))  # "sur le reste du pays"
Q('au moins deux', 'count', 2, 'victime', approx='min', f=('KILL', None, None, N))
Q('dix-neuf', 'count', 19, 'personne', f=('WOUND', None, None, N))

if __name__ == '__main__':
    d.write()
