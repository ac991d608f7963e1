"""France : décès de l'ancien ministre Edgard Pisani (2016-06-24)."""
from goldlib import Doc

d = Doc('2016_06_24-004', '2016-06-24', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

# "Premier ministre" is a title, not a quantity.
Q('24 juin 2016', 'date', '2016-06-24')
Q('lundi soir', 'date', '2016-06-20', optional=True)
Q('97 ans', 'age', 97, 'year')
Q('1974', 'date', '1974')
Q('1944', 'date', '1944')
Q('26 ans', 'age', 26, 'year')
Q('28 ans', 'age', 28, 'year')
Q('1979', 'date', '1979')
Q('1984', 'date', '1984')

if __name__ == '__main__':
    d.write()
