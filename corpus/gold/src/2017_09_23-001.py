"""Irak : l'armée lance l'offensive à Hawija contre Daech (2017-09-23)."""
from goldlib import Doc

d = Doc('2017_09_23-001', '2017-09-23', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

L = '2017-09-20'  # launch of the offensive, "ce 20 septembre" (scopes the lead sentence)
Q('23 septembre 2017', 'date', '2017-09-23')
Q('20 septembre', 'date', L)
Q('deux', 'count', 2, 'bastion', f=('OTHER', 'Irak', 'IQ', L))
Q('près de 2 000', 'count', 2000, 'combattant', approx='approx', f=('OTHER', 'Hawija', 'IQ', L))
# "La ville de près de 70 000 habitants avant la guerre": the town = Hawija; date before the war unknown
Q('près de 70 000', 'count', 70000, 'habitant', approx='approx', f=('OTHER', 'Hawija', 'IQ', None))
Q("aujourd'hui", 'date', '2017-09-23', optional=True)
# "dans les jours suivants": no precise date; no place named in the sentence
Q('près de 40', 'count', 40, 'village', approx='approx', f=('OTHER', None, None, None))
Q("jusqu'à 200", 'count', 200, 'djihadiste', approx='max', f=('KILL', None, None, None))
Q('23 septembre', 'date', '2017-09-23', at='Dès le ')
Q('première', 'ordinal', 1, optional=True)
Q('140 km²', 'measure', 140, 'km²')

if __name__ == '__main__':
    d.write()
