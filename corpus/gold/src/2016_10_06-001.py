"""Floride : le président Obama déclare l'état d'urgence (2016-10-06)."""
from goldlib import Doc

d = Doc('2016_10_06-001', '2016-10-06', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

Q('6 octobre 2016', 'date', '2016-10-06')
# toll accumulated over the previous days in the Caribbean, no date given
Q('plus de 100', 'count', 100, 'mort', approx='min', f=('KILL', 'Caraïbes', None, None))
Q("aujourd'hui", 'date', '2016-10-06', optional=True)
Q('220 km/h', 'measure', 220, 'km/h')   # "pouvant atteindre": verb, kept out of the span
# evacuation under way on the day of the article
Q('Plus de 2 millions', 'count', 2000000, 'personne', approx='min',
  f=('DISPLACE', 'littoral atlantique', 'US', '2016-10-06'))
Q('catégorie 5', 'number', 5, optional=True)   # hurricane category: a rating, unclear
Q('jeudi', 'date', '2016-10-06', optional=True)
# "depuis des décennies": no definite value

if __name__ == '__main__':
    d.write()
