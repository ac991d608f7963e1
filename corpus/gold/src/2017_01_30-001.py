"""Fusillade mortelle dans une mosquée de Québec (2017-01-30)."""
from goldlib import Doc

d = Doc('2017_01_30-001', '2017-01-30', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# The shooting is dated only by a clock time ("à 19 h 45 UTC-5"): its facts take the
# article date (guideline). "dans la capitale du Québec" -> the article's name, Québec.
# "Ak-47" is a product name; "UTC-5" (time zone) stays out of the time span.
# "une tête de porc", "l'une de ses portes": not counts.
T = '2017-01-30'
QC = ('Québec', 'CA')
Q('30 janvier 2017', 'date', T)
Q('Six', 'count', 6, 'personne', f=('KILL',) + QC + (T,))
Q('huit', 'count', 8, 'personne', f=('WOUND',) + QC + (T,))   # elided: "huit [personnes]"
# shooter(s): emphatic "au moins un" about a participant of the event, not a generic
# threshold -> non-optional count; no event of the table fits -> OTHER
Q('au moins un', 'count', 1, 'individu', approx='min', f=('OTHER',) + QC + (T,))
Q('19 h 45', 'time', '19:45')
Q('deux', 'count', 2, 'suspect', f=('ARREST', None, None, T))   # no place in its sentence
Q('premier', 'ordinal', 1, at='Le ', optional=True)             # "Le premier, -"
Q('deuxième', 'ordinal', 2, optional=True)
Q('été dernier', 'date', '2016', optional=True)                # "l'été dernier" (summer 2016)
Q("aujourd'hui", 'date', T, optional=True)

if __name__ == '__main__':
    d.write()
