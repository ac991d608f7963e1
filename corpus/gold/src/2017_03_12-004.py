"""France : décès de l'homme de radio Jean-Christophe Averty (2017-03-12)."""
from goldlib import Doc
d = Doc('2017_03_12-004', '2017-03-12', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('12 mars 2017', 'date', '2017-03-12')
Q('4 mars', 'date', '2017-03-04')
Q('88 ans', 'age', 88, 'year')
Q('1952', 'date', '1952')
Q('vingt-huit ans', 'duration', 'P28Y')
Q('2006', 'date', '2006')       # "jusqu'en 2006": preposition out, exact
Q('2012', 'date', '2012')

if __name__ == '__main__':
    d.write()
