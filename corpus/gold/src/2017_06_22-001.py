"""France : un homme percute en voiture un fourgon de gendarmes sur les Champs-Elysées (2017-06-22)."""
from goldlib import Doc

d = Doc('2017_06_22-001', '2017-06-22', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "pas de morts ni de blessés" (no figure), "le seul occupant" (definite article),
# "quelques centaines de mètres" are not quantities. Indefinites "un homme",
# "un fourgon", "une berline", "une Kalachnikov" name the objects of the story,
# not counted participants: not annotated.
Q('22 juin 2017', 'date', '2017-06-22')
Q('lundi 19 juin', 'date', '2017-06-19')
Q('Vers 15 h 48', 'time', '15:48', approx='approx')
Q('deuxième', 'ordinal', 2, optional=True)
Q('deux mois', 'duration', 'P2M')
Q('22 avril', 'date', '2017-04-22')
# "un policier a été tué" on 22 April: optional count; the place is only described
# ("à quelques centaines de mètres du lieu"): no location.
Q('un', 'count', 1, 'policier', at='avril, ', optional=True, f=('KILL', None, None, '2017-04-22'))
Q("aujourd'hui", 'date', '2017-06-22', optional=True)

if __name__ == '__main__':
    d.write()
