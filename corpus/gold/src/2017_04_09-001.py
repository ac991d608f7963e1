"""France : décès d'Armand Gatti, figure du théâtre (2017-04-09)."""
from goldlib import Doc

d = Doc('2017_04_09-001', '2017-04-09', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# Not quantities: "Seconde Guerre mondiale" (name), the titles "La Deuxième
# Existence du camp de Tatenberg", "Chant public devant deux chaises électriques";
# "des décennies", "quelques années" have no value.
Q('9 avril 2017', 'date', '2017-04-09')
# "XX e siècle": a century, no rule covers it; as decades are date ranges, a
# range 1900..1999 -- optional (undecidable convention).
Q('XX e siècle', 'date', '1900', approx='range', value_max='1999', optional=True)
Q('jeudi 6 avril', 'date', '2017-04-06')
Q('93 ans', 'age', 93, 'year')
Q('première', 'ordinal', 1, optional=True)
Q('1944', 'date', '1944')
Q('1954', 'date', '1954')
Q('1968', 'date', '1968')

if __name__ == '__main__':
    d.write()
