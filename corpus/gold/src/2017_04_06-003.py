"""Colombie : bilan actualisé de la coulée de boue (2017-04-06)."""
from goldlib import Doc

d = Doc('2017_04_06-003', '2017-04-06', 'test', source='winer-fr/train', entities=False)
Q = d.q

N = '2017-03-31'  # the mudslide, night of Friday 31 March to Saturday 1 April
Q('6 avril 2017', 'date', '2017-04-06')
Q('vendredi 31 mars à samedi 1 er avril', 'date', N, approx='range', value_max='2017-04-01')
Q('200', 'count', 200, 'mort', f=('KILL', None, None, N))
Q('plus de 250', 'count', 250, 'mort', approx='min', f=('KILL', None, None, N))
Q('254', 'count', 254, 'mort', f=('KILL', None, None, N))
Q('43', 'count', 43, 'enfant', f=('KILL', None, None, N))
Q('273', 'count', 273, 'mort', f=('KILL', None, None, N))
Q('lundi soir', 'date', '2017-04-03', at=0, optional=True)
Q('290', 'count', 290, 'mort', f=('KILL', None, None, N))
Q('mercredi', 'date', '2017-04-05', at=0, optional=True)
Q('186', 'count', 186, 'cadavre', f=('KILL', None, None, N))
Q('203', 'count', 203, 'blessé', f=('WOUND', None, None, N))
Q('262', 'count', 262, 'blessé', f=('WOUND', None, None, N))
Q('lundi soir', 'date', '2017-04-03', at=1, optional=True)
Q('mercredi', 'date', '2017-04-05', at=1, optional=True)
Q('332', 'count', 332, 'personne', f=('WOUND', None, None, N))
Q('Quelque 45 000', 'count', 45000, 'habitant', approx='approx', f=('AFFECT', None, None, N))
Q('mai 2015', 'date', '2015-05')
Q('une centaine de kilomètres', 'measure', 100, 'km', approx='approx')
Q('92', 'count', 92, 'mort', f=('KILL', 'Salgar', 'CO', '2015-05'))

if __name__ == '__main__':
    d.write()
