"""Crash du Rio-Paris : publication du rapport final par le BEA (2012-07-05)."""
from goldlib import Doc

d = Doc('44568', '2012-07-05', 'train')
Q = d.q

d.ent('Rio-Paris', 'EVENT', optional=True)
d.ent("Bureau d'enquêtes et d'analyses", 'ORG')
d.ents('BEA', 'ORG')
d.ent('DGAC', 'ORG')
d.ent('AF447', 'EVENT', optional=True)
d.ents('Air France', 'ORG')
d.ent('Rio de Janeiro', 'LOC')
d.ent('Paris', 'LOC', at='Janeiro à ')
d.ent('Airbus A330', 'PRODUCT')
d.ents('Airbus', 'ORG')
d.ent('Robert Soulas', 'PER')

Q('5 juillet 2012', 'date', '2012-07-05')
Q('228', 'count', 228, 'mort', f=('KILL', None, None, '2009-06-01'))
Q('1er juin 2009', 'date', '2009-06-01')
Q('41', 'count', 41, 'recommandation', f=('OTHER', None, None, None))
Q('21', 'count', 21, 'recommandation', f=('OTHER', None, None, None))
Q('juillet 2011', 'date', '2011-07')
Q('première', 'ordinal', 1, optional=True)
Q('2011', 'date', '2011', at='Depuis ')

if __name__ == '__main__':
    d.write()
