"""Vendée Globe : Déjà un abandon (2012-11-11)."""
from goldlib import Doc

d = Doc('45774', '2012-11-11', 'train')
Q = d.q

d.ents('Vendée Globe', 'EVENT')
d.ent('Marc Guillemot', 'PER')
d.ent('Safran', 'PRODUCT', optional=True)   # boat name (= sponsor)
d.ent("Sables d'Olonne", 'LOC')
d.ent('Bertrand de Broc', 'PER')
d.ent('François Gabart', 'PER')
d.ent('Vincent Riou', 'PER')
d.ent("Armel Le Cléac'h", 'PER')

Q('un', 'count', 1, 'abandon', at='Déjà ', optional=True, f=('OTHER', None, None, '2012-11-11'))
Q('11 novembre 2012', 'date', '2012-11-11')
Q('deux', 'count', 2, 'bang', f=('OTHER', None, None, '2012-11-10'))
Q('hier', 'date', '2012-11-10', optional=True)
Q('0h50', 'time', '00:50')
Q('vers 7h30', 'time', '07:30', approx='approx')
Q('30 cm', 'measure', 30, 'cm')
Q('2009', 'date', '2009')
Q('1 000 derniers milles', 'measure', 1000, 'nmi')
Q('vers 0h45', 'time', '00:45', approx='approx')
Q('19h', 'time', '19:00')
Q('10,4 milles', 'measure', 10.4, 'nmi')
Q('11,5 milles', 'measure', 11.5, 'nmi')

if __name__ == '__main__':
    d.write()
