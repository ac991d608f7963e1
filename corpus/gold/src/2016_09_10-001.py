"""Jeux paralympiques de Rio : Marie-Amélie Le Fur remporte l'or et bat son record du monde (2016-09-10)."""
from goldlib import Doc

d = Doc('2016_09_10-001', '2016-09-10', 'holdout7', source='winer-fr/dev', entities=False)
Q = d.q

# No count or money in this article, hence no facts.
Q('10 septembre 2016', 'date', '2016-09-10')
Q('hier soir', 'date', '2016-09-09', optional=True)   # digitless deictic
Q('deuxième', 'ordinal', 2, optional=True)
Q('premier', 'ordinal', 1, at='son ', optional=True)
Q('5,75 mètres', 'measure', 5.75, 'm')
Q('deux fois', 'number', 2)                          # "N fois" -> number, span with "fois"
Q('5,83 mètres', 'measure', 5.83, 'm')
Q('2008', 'date', '2008')
Q('quatre ans', 'duration', 'P4Y')                   # "quatre ans plus tard"
Q('Troisième', 'ordinal', 3, optional=True)

if __name__ == '__main__':
    d.write()
