"""Coupe de la Ligue de handball 2015-2016 : victoire de Montpellier (2016-03-13)."""
from goldlib import Doc

d = Doc('2016_03_13-003', '2016-03-13', 'dev', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-03-13'  # the final, played "cet après-midi"
O = ('OTHER', None, None, T)
Q('2015-2016', 'date', '2015', approx='range', value_max='2016')
Q('31', 'count', 31, 'but', f=O)
Q('26', 'count', 26, 'but', at='buts à ', f=O)
Q('13 mars 2016', 'date', T)
Q('hier', 'date', '2016-03-12', optional=True)
Q('deux', 'count', 2, 'favori', f=('PARTICIPATE', None, None, T))
Q('première', 'ordinal', 1, optional=True)
Q('seconde', 'ordinal', 2, optional=True)
Q('17', 'count', 17, 'arrêt', at='réaliser ', f=O)
Q('6', 'count', 6, 'but', at='met ', f=O)
Q('4', 'count', 4, 'but', at='les ', f=O)
Q('cinq', 'count', 5, 'point', f=O)
Q("aujourd'hui", 'date', T, optional=True)
Q('quinze', 'count', 15, 'participation', f=('PARTICIPATE', None, None, None))
Q('dixième', 'ordinal', 10, optional=True)

# match sheet: "(buts/tirs dont penalties)"
Q('4', 'count', 4, 'but', at='Melić (', f=O)
Q('5', 'count', 5, 'tir', at='Melić (4 buts sur ', f=O)
Q('6', 'count', 6, 'but', at='Simonet (', f=O)
Q('9', 'count', 9, 'tir', at='Simonet (6 buts sur ', f=O)
for player, sheet in [('Møllgaard', '1/3'), ('Abalo', '2/4'), ('Karabatic L.', '2/3'),
                      ('Hansen', '9/17'), ('Narcisse', '4/8'), ('Onufriyenko', '1/5'),
                      ('Honrubia', '1/2'), ('Karabatic N.', '2/2'), ("M'Tima", '0/1'),
                      ('Toumi', '1/1'), ('Dolenec', '5/8'), ('Guigou', '4/4'),
                      ('Kavtičnik', '5/8'), ('Bonnefond', '3/6'), ('Fabregas', '3/3'),
                      ('Gajić', '4/5')]:
    g, s = sheet.split('/')
    Q(g, 'count', int(g), 'but', at=player + ' (', f=O)
    Q(s, 'count', int(s), 'tir', at=player + ' (' + g + '/', f=O)
Q('3', 'count', 3, 'pen', at='Hansen (9/17 dont ', f=O)
Q('2', 'count', 2, 'pen', at='Kavtičnik (5/8 dont ', f=O)

if __name__ == '__main__':
    d.write()
