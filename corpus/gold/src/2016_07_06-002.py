"""France : un jeune homme tire sur son père en pleine nuit en Haute-Loire (2016-07-06)."""
from goldlib import Doc

d = Doc('2016_07_06-002', '2016-07-06', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-05'   # "ce mardi" (article of Wednesday 6 July)
# Indefinite "un" for the shooter (participant of the reported event): optional
# count with optional fact; no event code fits a shooter -> OTHER.
Q('un', 'count', 1, 'homme', at='France : ', optional=True,
  f=('OTHER', 'Haute-Loire', 'FR', T))
Q('6 juillet 2016', 'date', '2016-07-06')
Q('un', 'count', 1, 'homme', at='familial, ', optional=True,
  f=('OTHER', 'Sanssac-l’Église', 'FR', T))
Q('22 ans', 'age', 22, 'year')
# weekday + clock time: one datetime, as the spec's "demain à 15 h"
Q('ce mardi vers 2h20', 'datetime', '2016-07-05T02:20', approx='approx')
Q("une quarantaine d’années", 'age', 40, 'year', approx='approx')
# "il y a un environ un an" (typo in the text): duration, "un an" -> optional
Q('environ un an', 'duration', 'P1Y', approx='approx', optional=True)
# helicopter deployed: optional indefinite count, resources deployed -> PARTICIPATE;
# Bron is where the gendarmerie comes from, not where the event is.
Q('Un', 'count', 1, 'hélicoptère', at='mobilisé. ', optional=True,
  f=('PARTICIPATE', None, None, T))
Q('20 h 15', 'time', '20:15')

if __name__ == '__main__':
    d.write()
