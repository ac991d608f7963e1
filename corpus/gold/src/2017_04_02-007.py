"""Colombie : plus de 150 personnes périssent dans une coulée de boue (2017-04-02)."""
from goldlib import Doc

d = Doc('2017_04_02-007', '2017-04-02', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-03-31'  # mudslide "dans la nuit de vendredi à samedi 1er avril", "vers 23 h 30" local: the evening it began
Q('plus de 150', 'count', 150, 'personne', approx='min', f=('KILL', 'Colombie', 'CO', D))
Q('2 avril 2017', 'date', '2017-04-02')
Q('40 000', 'count', 40000, 'habitant', f=('OTHER', 'Mocoa', 'CO', None))
Q('vendredi', 'date', D, optional=True)
Q('samedi 1 er avril', 'date', '2017-04-01')
Q('trois', 'count', 3, 'fleuve', f=('OTHER', 'Mocoa', 'CO', D))
Q('vers 23 h 30', 'time', '23:30', approx='approx')
Q('4 h 30', 'time', '04:30')
Q('Au moins 154', 'count', 154, 'personne', approx='min', f=('KILL', None, None, D))
Q('au moins 400', 'count', 400, 'blessé', approx='min', f=('WOUND', None, None, D))
Q('220', 'count', 220, 'disparu', f=('MISSING', None, None, D))
Q('au moins deux', 'count', 2, 'pont', approx='min', f=('AFFECT', None, None, D))
# El Niño tolls in Peru and Ecuador, over several weeks: no date.
Q('101', 'count', 101, 'mort', f=('KILL', 'Pérou', 'PE', None))
Q('plus de 900 000', 'count', 900000, 'sinistré', approx='min', f=('AFFECT', 'Pérou', 'PE', None))
Q('21', 'count', 21, 'mort', f=('KILL', 'Équateur', 'EC', None))
Q('1 280', 'count', 1280, 'sinistré', f=('AFFECT', 'Équateur', 'EC', None))
Q('2 heures du matin', 'time', '02:00')
Q('193', 'count', 193, 'mort', approx='min', f=('KILL', None, None, D))  # "193 morts au moins"

if __name__ == '__main__':
    d.write()
