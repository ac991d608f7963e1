"""France : alerte à la bombe au Parquet national financier (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-005', '2017-03-21', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

L = '2017-03-20'   # "lundi" (article of Tuesday 21 March)
Q('21 mars 2017', 'date', '2017-03-21')
# weekday + clock time is one datetime, as "demain à 15 h" in the spec; "peu après" -> min
Q('lundi peu après 10 heures', 'datetime', L + 'T10:00', approx='min')
# "9 e arrondissement": a district designation (like a postal code / name), optional ordinal
Q('9 e', 'ordinal', 9, at=0, optional=True)
Q('10 h 12', 'time', '10:12')
Q('9 e', 'ordinal', 9, at=1, optional=True)
Q('un peu plus de deux heures', 'duration', 'PT2H', approx='min')
# people evacuated -> DISPLACE; no place in the sentence
Q('deux cents', 'count', 200, 'personne', f=('DISPLACE', None, None, L))
Q('fin 2013', 'date', '2013-12')

if __name__ == '__main__':
    d.write()
