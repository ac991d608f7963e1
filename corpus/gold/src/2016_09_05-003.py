"""France : incendie en cours aux portes de Marseille (2016-09-05)."""
from goldlib import Doc

d = Doc('2016_09_05-003', '2016-09-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-05'  # the fire started "ce lundi"
P = ('PARTICIPATE', None, None, T)  # means deployed against the fire
Q('5 septembre 2016', 'date', T)
Q('200 hectares', 'measure', 200, 'ha')
Q('deux', 'count', 2, 'campus', at='proximité de ', f=('OTHER', 'Marseille', 'FR', T))
Q('ce lundi', 'date', T, optional=True)
Q('dix', 'count', 10, 'groupe', f=P)
Q('quatre', 'count', 4, 'aéronef', f=P)
Q('deux', 'count', 2, 'hélicoptère', at='aéronefs, ', f=P)
Q('Vers 18 heures', 'time', '18:00', approx='approx')
Q('150 hectares', 'measure', 150, 'ha')
Q('19 heures 30', 'time', '19:30')
Q('Plus de 500', 'count', 500, 'pompier', approx='min', f=P)
Q('150', 'count', 150, 'pompier', at='et ', f=('PARTICIPATE', 'Bouches-du-Rhône', 'FR', T))

if __name__ == '__main__':
    d.write()
