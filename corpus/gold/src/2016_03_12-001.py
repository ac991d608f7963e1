"""Coupe de la Ligue handball 2015-2016 : Paris et Montpellier en finale (2016-03-12)."""
from goldlib import Doc

d = Doc('2016_03_12-001', '2016-03-12', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-03-12'  # both semi-finals were played "cet après-midi"
O = ('OTHER', None, None, T)
Q('2015-2016', 'date', '2015', approx='range', value_max='2016')
Q('12 mars 2016', 'date', T)
Q('seconde', 'ordinal', 2, at=0, optional=True)                # La seconde mi-temps
Q('première', 'ordinal', 1, optional=True)                    # la première partie
Q('16', 'count', 16, 'arrêt', at='réduit à néant les efforts de l\'attaque adverse (', f=O)
Q("aujourd'hui", 'date', T, optional=True)


def saves(name, n):
    Q(n, 'count', int(n), 'arrêt', at=name + ' (', f=O)


def goals(name, g, s):
    """'Name (g buts sur s tirs)': explicit nouns, required."""
    Q(g, 'count', int(g), 'but', at=name + ' (', f=O)
    Q(s, 'count', int(s), 'tir', at=name + ' (' + g + ' buts sur ', f=O)


def stat(name, g, s, pen=None):
    """'Name (g/s [dont p pen ])': goals/shots notation, nouns implied by the table: optional."""
    Q(g, 'count', int(g), 'but', at=name + ' (', optional=True, f=O)
    Q(s, 'count', int(s), 'tir', at=name + ' (' + g + '/', optional=True, f=O)
    if pen is not None:
        Q(pen, 'count', int(pen), 'pen', at=name + ' (' + g + '/' + s + ' dont ', f=O)


# PSG - Toulouse
saves('Dumoulin', '7')
goals('Ševaljević', '2', '7')
stat('Chelle', '3', '8', '3')
stat('Perez', '0', '3')
stat('Georgievski', '2', '3')
stat('Gilbert', '7', '12')
stat('Ruiz Sanchez', '1', '6')
stat('Žvižej', '4', '5')
stat('Calvel', '3', '4')
stat('Porte', '4', '5')
stat('Bonilauri', '2', '2')
saves('Omeyer', '16')
goals('Melić', '3', '3')
stat('Møllgaard', '1', '1')
stat('Accambray', '4', '7')
stat('Vori', '0', '2')
stat('Abalo', '8', '8')
stat('Karabatic L.', '4', '4')
stat('Hansen', '8', '9', '4')
stat('Narcisse', '5', '7')
stat('Onufriyenko', '2', '3')
stat('Honrubia', '4', '4')
stat('Karabatic N.', '6', '7')

Q('seconde', 'ordinal', 2, at=1, optional=True)               # La seconde demi-finale
Q('seconde', 'ordinal', 2, at=2, optional=True)               # la seconde mi-temps
Q('15', 'count', 15, 'arrêt', at='réalise ', f=O)
Q('le week-end prochain', 'date', '2016-03-19', approx='range', value_max='2016-03-20', optional=True)

# Montpellier - Nantes
saves('Salmon', '2')
goals('Entrerrios', '2', '2')
stat('Rivera', '12', '16', '4')
stat('Nyateu', '0', '3')
stat('Ivic', '5', '8')
stat('Camarero', '2', '3')
stat('Tournat', '3', '3')
stat('Komogorov', '0', '1')
stat('Delevroix', '2', '4')
stat('Balaguer Romeu', '2', '5')
stat('Lagarde', '3', '7')
goals('Simonet', '6', '8')
stat('Toumi', '3', '4')
stat('Grébille', '2', '4')
stat('Dolenec', '3', '6')
stat('Guigou', '5', '6')
stat('Gaber', '1', '1')
stat('Kavtičnik', '5', '6', '2')
stat('Bonnefond', '1', '3')
stat('Villeminot', '1', '3')
stat('Fabregas', '2', '3')
stat('Gajić', '5', '10', '2')

if __name__ == '__main__':
    d.write()
