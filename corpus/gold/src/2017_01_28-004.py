"""France : forte hausse de la délinquance dans les transports en commun en 2016 (2017-01-28)."""
from goldlib import Doc

d = Doc('2017_01_28-004', '2017-01-28', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

Y = '2016'
Q('2016', 'date', Y, at=0)   # headline
Q('28 janvier 2017', 'date', '2017-01-28')
Q('2016', 'date', Y, at=1)
# "vols" = thefts recorded in 2016 -> STEAL
Q('environ 121 000', 'count', 121000, 'vol', approx='approx', f=('STEAL', 'France', 'FR', Y))
Q('2016', 'date', Y, at=2)
# "vols et agressions" per city (2016 statistics); the elided city figures take the same noun
Q('56 887', 'count', 56887, 'vol', f=('STEAL', 'Paris', 'FR', Y))
Q('6 801', 'count', 6801, 'vol', f=('STEAL', 'Lyon', 'FR', Y))
Q('4 218', 'count', 4218, 'vol', f=('STEAL', 'Marseille', 'FR', Y))
Q('3 571', 'count', 3571, 'vol', f=('STEAL', 'Saint-Denis', 'FR', Y))
Q('2 527', 'count', 2527, 'vol', f=('STEAL', 'Nice', 'FR', Y))
Q('2016', 'date', Y, at=3)
Q('du 28 au 29 juillet 2016', 'date', '2016-07-28', approx='range', value_max='2016-07-29')
Q('vers 1 heure du matin', 'time', '01:00', approx='approx')
# "ligne 170", "ligne 417", "ligne 302", "cité des 4000": identifiers/names, not quantities
# indefinite "un bus" destroyed: participant of a reported event -> optional count, optional fact;
# night event dated by the evening it began
Q('un', 'count', 1, 'bus', at='obligé ', optional=True,
  f=('AFFECT', 'Saint-Denis', 'FR', '2016-07-28'))
Q('août 2016', 'date', '2016-08')
Q('XIII e', 'ordinal', 13, optional=True)   # arrondissement number, name-like
# "un soir": date unknown; aggressors -> OTHER
Q('une dizaine', 'count', 10, 'jeune', approx='approx', f=('OTHER', 'Place d’Italie', 'FR', None))
Q('deux', 'count', 2, 'fille', at='attouché ', f=('OTHER', 'Place d’Italie', 'FR', None))
Q('premier', 'ordinal', 1, at='en ', optional=True)
Q('jeudi 20 octobre 2016', 'date', '2016-10-20')
Q('21 heures', 'time', '21:00')
Q('un', 'count', 1, 'bus', at="vitre d'", optional=True, f=('AFFECT', 'Trappes', 'FR', '2016-10-20'))
Q('samedi 22 octobre 2016', 'date', '2016-10-22')
Q('vers 21 h 30', 'time', '21:30', approx='approx')
Q('un', 'count', 1, 'bus', at='montés dans ', optional=True,
  f=('AFFECT', 'La Courneuve', 'FR', '2016-10-22'))
Q("un", 'count', 1, 'véhicule', at="destruction d'", optional=True,
  f=('AFFECT', 'La Courneuve', 'FR', '2016-10-22'))
Q('2013', 'date', '2013')

if __name__ == '__main__':
    d.write()
