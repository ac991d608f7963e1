"""France : intempéries, une femme tuée et de nombreux foyers privés d'électricité (2017-01-13)."""
from goldlib import Doc

d = Doc('2017_01_13-003', '2017-01-13', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-13'
Q('une', 'count', 1, 'femme', at='intempéries, ', optional=True, f=('KILL', 'France', 'FR', None))
Q('13 janvier 2017', 'date', D)
Q('Une', 'count', 1, 'femme', at='\n', optional=True, f=('KILL', 'Saint-Jeannet', 'FR', None))
Q('43 ans', 'age', 43, 'year')
Q('vendredi 13 janvier', 'date', D)
Q('hier soir', 'date', '2017-01-12', optional=True)
Q('4 452', 'count', 4452, 'intervention', f=('OTHER', None, None, None))
Q('environ 3 000', 'count', 3000, 'technicien', approx='approx', f=('PARTICIPATE', None, None, None))
Q('Plus de 1 000', 'count', 1000, 'personne', approx='min', f=('DISPLACE', None, None, None))
Q('une cinquantaine', 'count', 50, 'personne', approx='approx', f=('WOUND', None, None, None))
# placed on alert -> AFFECT; ten départements listed, no single place
Q('Dix', 'count', 10, 'département', f=('AFFECT', None, None, D))
Q('vendredi', 'date', D, at='orange neige-verglas ce ', optional=True)
Q("jusqu'à 330 000", 'count', 330000, 'foyer', approx='max', f=('AFFECT', None, None, None))
Q('237 000', 'count', 237000, 'foyer', f=('AFFECT', None, None, None))

if __name__ == '__main__':
    d.write()
