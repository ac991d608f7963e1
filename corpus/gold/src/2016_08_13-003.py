"""JO de Rio : Penny Oleksiak a remporté la médaille d'or au 100 m nage libre (2016-08-13)."""
from goldlib import Doc

d = Doc('2016_08_13-003', '2016-08-13', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

R = '2016-08-11'   # the final, "jeudi soir" (article of Saturday 2016-08-13)
# "100 m nage libre": the race distance is a measure (not a number inside a name).
Q('100 m', 'measure', 100, 'm', at=0)
Q('13 août 2016', 'date', '2016-08-13')
Q('100 mètres', 'measure', 100, 'm')
Q('jeudi', 'date', R, optional=True)                  # bare weekday: optional
Q('quatrième', 'ordinal', 4, optional=True)           # spelled ordinal
Q('2016', 'date', '2016', at="d'été ")                # year after the event name
Q('16 ans', 'age', 16, 'year')
Q('1984', 'date', '1984')                             # "Depuis 1984"
Q('première', 'ordinal', 1, optional=True)
# two gold medallists of the race (competitors) -> PARTICIPATE; no place in the
# sentence (headline place only for headline figures); dated by the race.
Q('deux', 'count', 2, 'nageuse', f=('PARTICIPATE', None, None, R))

if __name__ == '__main__':
    d.write()
