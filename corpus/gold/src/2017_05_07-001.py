"""Québec : les forces armées se déploient pour faire face aux inondations (2017-05-06)."""
from goldlib import Doc

# dateline "6 mai 2017 . –" (the page was updated on 7 May)
d = Doc('2017_05_07-001', '2017-05-06', 'dev', source='winer-fr/train', entities=False)
Q = d.q

QC = ('Québec', 'CA', None)
Q('7 mai 2017', 'date', '2017-05-07')
Q('6 mai 2017', 'date', '2017-05-06')
Q('environ 130', 'count', 130, 'municipalité', approx='approx', f=('AFFECT',) + QC)
Q('environ 400', 'count', 400, 'soldat', approx='approx', f=('OTHER',) + QC)
Q('environ 1 500', 'count', 1500, 'résidence', approx='approx', f=('AFFECT', None, None, None))
Q('900', 'count', 900, 'personne', f=('DISPLACE', None, None, None))
Q('340', 'count', 340, 'route', f=('AFFECT', None, None, None))
Q('entre 60 et 100 mm', 'measure', 60, 'mm', approx='range', value_max=100)
Q('la fin de semaine', 'date', '2017-05-06', approx='range', value_max='2017-05-07', optional=True)
Q('deux', 'count', 2, 'cause', f=('OTHER', None, None, None))
Q('67,7 mm', 'measure', 67.7, 'mm')
Q("mois d'avril", 'date', '2017-04')
Q('environ 156 mm', 'measure', 156, 'mm', approx='approx')
Q('avril 2017', 'date', '2017-04')

if __name__ == '__main__':
    d.write()
