"""L'armée égyptienne annonce avoir tué Abou Douaa al-Ansari (2016-08-04)."""
from goldlib import Doc

d = Doc('2016_08_04-001', '2016-08-04', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-04'
Q('4 août 2016', 'date', T)
Q("aujourd'hui", 'date', T, optional=True)
Q('novembre 2014', 'date', '2014-11')
# Toll of the strikes announced "aujourd'hui"; the strikes have no date of their own,
# dated by the lead's day (day's news practice). Sinaï is named only in an earlier
# sentence: location not carried over. "des dizaines d'autres blessés" is no quantity.
Q('plus de 45', 'count', 45, 'terroriste', approx='min', f=('KILL', None, None, T))

if __name__ == '__main__':
    d.write()
