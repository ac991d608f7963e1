"""Départ du Vendée Globe 2012-2013 (2012-11-10)."""
from goldlib import Doc

d = Doc('45758', '2012-11-10', 'train')
Q = d.q

d.ents('Vendée Globe', 'EVENT')
d.ents("Sables d'Olonne", 'LOC')
d.ent('Bertrand de Broc', 'PER')
d.ent('Marc Guillemot', 'PER')

D = '2012-11-10'
L = ("Sables d'Olonne", 'FR')
Q('2012-2013', 'date', '2012', approx='range', value_max='2013', at='Vendée Globe ')
Q('10 novembre 2012', 'date', D)
Q('19', 'count', 19, 'skipper', at='- ', f=('PARTICIPATE',) + L + (D,))
Q('20', 'count', 20, 'skipper', at='des ', f=('PARTICIPATE',) + L + (D,))
Q('19', 'count', 19, 'homme', at='dont ', f=('PARTICIPATE',) + L + (D,))
Q('une', 'count', 1, 'femme', at='hommes et ', f=('PARTICIPATE',) + L + (D,))
Q('2012-2013', 'date', '2012', approx='range', value_max='2013', at="l'édition ")
Q('13h02', 'time', '13:02')
Q('12h02', 'time', '12:02')
Q('3 mois', 'duration', 'P3M')
Q('vers 16h45', 'time', '16:45', approx='approx')
Q('deux', 'count', 2, 'bang', f=('OTHER', None, None, D))
Q('environ 50 milles nautiques', 'measure', 50, 'nmi', approx='approx')
Q('93 km', 'measure', 93, 'km')
Q('11 novembre', 'date', '2012-11-11')

if __name__ == '__main__':
    d.write()
