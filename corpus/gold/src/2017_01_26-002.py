"""Astronomie : une collision entre deux étoiles sera visible dans moins de 5 ans (2017-01-26)."""
from goldlib import Doc

d = Doc('2017_01_26-002', '2017-01-26', 'train', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('deux', 'count', 2, 'étoile', at=0, f=O)   # headline
Q('moins de 5 ans', 'duration', 'P5Y', approx='max')
Q('26 janvier 2017', 'date', '2017-01-26')
Q("aux alentours de l'an 2022", 'date', '2022', approx='approx')
Q('deux', 'count', 2, 'étoile', at=1, f=O)
Q('deux', 'count', 2, 'étoile', at=2, f=O)   # "Les deux étoiles forment"
Q('deux', 'count', 2, 'étoile', at=3, f=O)   # "c.-à-d. deux étoiles"
Q('deux', 'count', 2, 'étoile', at=4, f=O)   # "la plus grosse des deux étoiles"
Q('40 fois', 'number', 40)
Q('deux', 'count', 2, 'étoile', at=5, f=O)   # "les deux étoiles la composant"
Q('deux', 'count', 2, 'étoile', at=6, f=O)   # "l'orbite des deux étoiles"
Q('deux', 'count', 2, 'étoile', at=7, f=O)   # "la luminosité des deux étoiles"
Q('1 800 années-lumière', 'measure', 1800, 'ly')
Q('environ 1 795 ans', 'duration', 'P1795Y', approx='approx')
Q('environ 5 ans', 'duration', 'P5Y', approx='approx')

if __name__ == '__main__':
    d.write()
