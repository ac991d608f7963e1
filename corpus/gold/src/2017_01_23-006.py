"""France : Giscard devient le plus vieux président de la République de l'histoire (2017-01-23)."""
from goldlib import Doc

d = Doc('2017_01_23-006', '2017-01-23', 'train', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('23 janvier 2017', 'date', '2017-01-23')
Q("Aujourd'hui", 'date', '2017-01-23', optional=True)
Q('91 ans', 'age', 91, 'year')
Q('2 février', 'date', '2017-02-02')
Q('20 décembre 1929', 'date', '1929-12-20')
Q('dix jours', 'duration', 'P10D')
Q('91e', 'ordinal', 91)
Q('de 1974 à 1981', 'date', '1974', approx='range', value_max='1981')
Q('quatre', 'count', 4, 'président', f=O)
Q('quinze', 'count', 15, 'premier ministre', f=O)
Q('23 ans', 'duration', 'P23Y')
Q('de 1981 à 2004', 'date', '1981', approx='range', value_max='2004')
Q('18 ans', 'duration', 'P18Y')
Q('de 1956 à 1974', 'date', '1956', approx='range', value_max='1974')
Q('88 ans', 'age', 88, 'year')
Q('87 ans', 'age', 87, 'year')
Q('deux', 'count', 2, 'candidat', at='Cependant, ', f=O)
Q('1969', 'date', '1969')
Q('1974', 'date', '1974', at='1969 et ')
Q('1999', 'date', '1999')
Q('2001', 'date', '2001')
Q('97 ans', 'age', 97, 'year')
Q('Quatre', 'count', 4, 'dirigeant', f=O)
Q('premier', 'ordinal', 1, at='de ', optional=True)  # "de premier plan"
Q('1977', 'date', '1977')
Q('93 ans', 'age', 93, 'year')
Q('1951', 'date', '1951')
Q('95 ans', 'age', 95, 'year')
Q('1972', 'date', '1972')
Q('98 ans', 'age', 98, 'year')
Q('décembre 1994', 'date', '1994-12')
Q('102 ans', 'age', 102, 'year')
Q('deux semaines', 'duration', 'P2W')
Q('103 ans', 'age', 103, 'year')

if __name__ == '__main__':
    d.write()
