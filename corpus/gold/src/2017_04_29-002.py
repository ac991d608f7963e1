"""L'accès à Wikipédia bloqué en Turquie (2017-04-29)."""
from goldlib import Doc
d = Doc('2017_04_29-002', '2017-04-29', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

# "loi Nr. 5651" is a law number; "premier ministre" a title: not quantities.
Q('29 avril 2017', 'date', '2017-04-29')
Q('5 heure', 'time', '05:00')   # "locale" left out like a time zone
Q('2 h', 'time', '02:00')       # "UTC" left out

if __name__ == '__main__':
    d.write()
