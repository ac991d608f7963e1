"""France : Bayrou se rallie à Macron (2017-02-22)."""
from goldlib import Doc

d = Doc('2017_02_22-001', '2017-02-22', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-02-22'
Q('22 février 2017', 'date', D)
# guideline: years joined by "et" ("2011 et 2012", "16, 17 et 18 juillet") are one date range;
# applied here although the three elections are discrete years
Q('2002, 2007 et 2012', 'date', '2002', approx='range', value_max='2012')
Q('avril et mai 2017', 'date', '2017-04', approx='range', value_max='2017-05')
Q("aujourd'hui", 'date', D, optional=True)
# conditions set out at the same press conference (today); France named only in an earlier sentence
Q('quatre', 'count', 4, 'condition', f=('OTHER', None, None, D))
# "plus tard dans la journée": not a quantity (like "dans l'après-midi")

if __name__ == '__main__':
    d.write()
