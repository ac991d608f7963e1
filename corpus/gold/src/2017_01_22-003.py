"""Italie : un hôtel enseveli par la neige (2017-01-22)."""
from goldlib import Doc

d = Doc('2017_01_22-003', '2017-01-22', 'train', source='winer-fr/train', entities=False)
Q = d.q

W = '2017-01-18'  # the avalanche and the earthquakes, "mercredi 18 janvier"
V = '2017-01-20'  # vendredi
Q('un', 'count', 1, 'hôtel', at='Italie : ', optional=True, f=('AFFECT', 'Italie', 'IT', W))
Q('22 janvier 2017', 'date', '2017-01-22')
Q('mercredi 18 janvier', 'date', W)
Q('une trentaine', 'count', 30, 'personne', approx='approx', f=('AFFECT', 'Abruzzes', 'IT', W))
Q('11', 'count', 11, 'survivant', f=('RESCUE', None, None, None))
Q('Quatre', 'count', 4, 'survivant', at='\n\n', f=('RESCUE', None, None, V))  # night Friday to Saturday
Q('vendredi à samedi', 'date', V, approx='range', value_max='2017-01-21', optional=True)
Q('Trois', 'count', 3, 'survivant', at='samedi. ', f=('RESCUE', None, None, V))
Q('deux', 'count', 2, 'femme', at='Trois (', f=('RESCUE', None, None, V))
Q('un', 'count', 1, 'homme', at='(deux femmes et ', optional=True, f=('RESCUE', None, None, V))
Q('vendredi', 'date', V, at='homme) ', optional=True)
Q('un', 'count', 1, 'homme', at='vendredi et ', optional=True, f=('RESCUE', None, None, '2017-01-21'))
Q('vers 6 heures du matin', 'time', '06:00', approx='approx')
Q('Vendredi', 'date', V, at='matin. ', optional=True)
Q('quatre', 'count', 4, 'enfant', f=('RESCUE', None, None, V))
Q('une', 'count', 1, 'femme', at='enfants et ', optional=True, f=('RESCUE', None, None, V))
Q('trois', 'count', 3, 'corps', at='découvert ', f=('KILL', None, None, None))
Q('deux', 'count', 2, 'femme', at='vie, ', f=('KILL', None, None, None))
Q('un', 'count', 1, 'homme', at='vie, deux femmes et ', optional=True, f=('KILL', None, None, None))
Q('cinq', 'count', 5, 'victime', f=('KILL', None, None, None))
Q('deux', 'count', 2, 'corps', at='victimes, ', f=('KILL', None, None, None))
Q('Dix', 'count', 10, 'survivant', f=('RESCUE', None, None, V))
Q('vendredi', 'date', V, at='repérés ', optional=True)
Q('deux', 'count', 2, 'survivant', at='vendredi, et ', f=('AFFECT', None, None, None))  # still trapped
Q('Une quinzaine', 'count', 15, 'disparu', approx='approx', f=('MISSING', None, None, None))
Q('Quatre', 'count', 4, 'secousse', at='historiques. ', f=('OTHER', None, None, W))
Q('entre 5,2 et 5,7', 'number', 5.2, approx='range', value_max=5.7)  # magnitudes
Q('mercredi', 'date', W, at='région ', optional=True)
Q('quatre', 'count', 4, 'mort', at='hôtel, ', f=('KILL', None, None, W))
Q('Trois', 'count', 3, 'mort', at='morts. ', f=('KILL', None, None, '2017-01-21'))
Q('hier', 'date', '2017-01-21', optional=True)
Q('Environ 7 000', 'count', 7000, 'personne', approx='approx', f=('PARTICIPATE', None, None, None))
Q('août', 'date', '2016-08')
Q('octobre', 'date', '2016-10')

if __name__ == '__main__':
    d.write()
