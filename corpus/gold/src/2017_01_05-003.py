"""France : la crise de la presse s'approfondit (2017-01-05)."""
from goldlib import Doc

d = Doc('2017_01_05-003', '2017-01-05', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

J = ('EMPLOY', None, None, None)   # planned cuts / workforce, no place named, no date
Q('5 janvier 2017', 'date', '2017-01-05')
Q("une dizaine d'années", 'duration', 'P10Y', approx='approx')
Q('année 2017', 'date', '2017')
Q('4 janvier', 'date', '2017-01-04')
# fractions ("un quart", "un tiers"): kind unclear, optional percents
Q("Près d'un quart", 'percent', 25, '%', approx='approx', optional=True)
Q('178', 'count', 178, 'poste', f=J)
Q('710', 'count', 710, 'poste', f=J)
Q('72', 'count', 72, 'journaliste', f=J)
Q('343', 'count', 343, 'journaliste', f=J)
Q('85 %', 'percent', 85, '%')
Q('3 janvier', 'date', '2017-01-03')
Q('six mois', 'duration', 'P6M')
Q('63', 'count', 63, 'journaliste', f=J)
Q('deux', 'count', 2, 'titre', at='Ces ', f=('OTHER', None, None, None))
Q("jusqu'à un quart", 'percent', 25, '%', approx='max', optional=True)
Q('un tiers', 'percent', 100 / 3, '%', optional=True)
Q('année 2016', 'date', '2016')
Q('un an', 'duration', 'P1Y', optional=True)
# sales drop of 2016 ("durant l'année 2016")
Q('deux', 'count', 2, 'titre', at='les ', f=('OTHER', None, None, '2016'))
Q('2,4', 'percent', 2.4, '%')   # "2,4 et 2,7 %": unit of its coordinated twin
Q('2,7 %', 'percent', 2.7, '%')
# "Aujourd'hui en France": a newspaper, not a date
Q('6 %', 'percent', 6, '%')
Q('19 %', 'percent', 19, '%')
Q('deux ans', 'duration', 'P2Y')
Q('10 à 30 % environ', 'percent', 10, '%', approx='range', value_max=30)

if __name__ == '__main__':
    d.write()
