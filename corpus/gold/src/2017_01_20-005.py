"""France : Valls giflé à Lamballe (2017-01-20)."""
from goldlib import Doc

d = Doc('2017_01_20-005', '2017-01-20', 'test', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-01-17'  # the slap, "ce mardi 17 janvier"
Q('20 janvier 2017', 'date', '2017-01-20')
Q('22 décembre dernier', 'date', '2016-12-22')
Q('premier', 'ordinal', 1, at='pour le ', optional=True)
Q('dimanche', 'date', '2017-01-22', optional=True)
Q('mardi 17 janvier', 'date', S)
Q('un', 'count', 1, 'homme', at='quand ', optional=True, f=('OTHER', None, None, S))
Q('18 ans', 'age', 18, 'year')
Q('trois mois', 'duration', 'P3M')
Q('105 heures', 'duration', 'PT105H')
Q('18 mois', 'duration', 'P18M')
Q("jusqu'à trois ans", 'duration', 'P3Y', approx='max')
Q('45 000 euros', 'money', 45000, 'EUR', approx='max', f=('CONVICT', None, None, None))  # "jusqu'à" scopes both penalties
Q('six reprises', 'number', 6)  # "à six reprises" = six fois

if __name__ == '__main__':
    d.write()
