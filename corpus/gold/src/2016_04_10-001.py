"""Vallée d'Aoste : mariage entre la descente VTT et la piste cyclable à la station de Pila (2016-04-10)."""
from goldlib import Doc

d = Doc('2016_04_10-001', '2016-04-10', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

PILA = ('Pila', 'IT')
Q('10 avril 2016', 'date', '2016-04-10')
Q("l'année dernière", 'date', '2015', optional=True)
# downhill rides recorded by the resort last year: visitors, nothing happened to them -> OTHER
Q('7000', 'count', 7000, 'passage', at=0, f=('OTHER',) + PILA + ('2015',))
# "l'été dernier" (summer 2015): digitless deictic, optional; year grain
Q("l'été dernier", 'date', '2015', optional=True)
# "peut-être 7000 entrées": hedged estimate -> approx, qualifier in the span; winter day, generic -> no date
Q('peut-être 7000', 'count', 7000, 'entrée', approx='approx', f=('OTHER',) + PILA + (None,))
Q('une journée', 'duration', 'P1D', optional=True)
Q('cette année', 'date', '2016', optional=True)
Q('plus de 23 kilomètres', 'measure', 23, 'km', approx='min')
# yearly traffic of the cycle path; "la Mont-Émilius" is the union of communes (ORG), no place
Q('150 000', 'count', 150000, 'passage', f=('OTHER', None, None, None))
Q('un an', 'duration', 'P1Y', optional=True)
# the resort and the union of communes discussing a collaboration: nothing happened -> OTHER
Q('deux', 'count', 2, 'entité', at='Les ', f=('OTHER', None, None, None))
Q('27 et 28 août', 'date', '2016-08-27', approx='range', value_max='2016-08-28')

if __name__ == '__main__':
    d.write()
