"""France : décès de l'animateur de radio Pierre Bouteiller (2017-03-12)."""
from goldlib import Doc

d = Doc('2017_03_12-008', '2017-03-12', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('12 mars 2017', 'date', '2017-03-12')
Q('jeudi', 'date', '2017-03-09', optional=True)
Q('vendredi', 'date', '2017-03-10', optional=True)
Q('82 ans', 'age', 82, 'year')
Q('10 ans', 'duration', 'P10Y')
Q("de 1959 jusqu'en 1969", 'date', '1959', approx='range', value_max='1969')
Q('Mai 68', 'date', '1968-05', optional=True)   # name of the events of May 1968
Q('premier', 'ordinal', 1, at='son ', optional=True)
Q('années 80', 'date', '1980', approx='range', value_max='1989')
Q('1982', 'date', '1982')
Q('1989', 'date', '1989', at="jusqu’en ")
Q('de 1984 à 1988', 'date', '1984', approx='range', value_max='1988')
Q('1989', 'date', '1989', at='En ')
Q('1995', 'date', '1995')
Q('1999', 'date', '1999')
Q('2004', 'date', '2004')
Q("début de l'été 2015", 'date', '2015-06')

if __name__ == '__main__':
    d.write()
