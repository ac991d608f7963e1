"""Élection présidentielle française de 2017 : Emmanuel Macron élu président (2017-05-07)."""
from goldlib import Doc

d = Doc('2017_05_07-003', '2017-05-07', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('2017', 'date', '2017', at=0)   # headline
Q('7 mai 2017', 'date', '2017-05-07')
Q('second', 'ordinal', 2, optional=True)
Q('2017', 'date', '2017', at='françaises de ')
Q('66\u202f%', 'percent', 66, '%')
Q('34\u202f%', 'percent', 34, '%')
Q('65,30\u202f%', 'percent', 65.3, '%')
Q('39 ans', 'age', 39, 'year')
Q('3 ans', 'duration', 'P3Y')   # "il y a 3 ans": duration (guideline)
Q('premiers', 'ordinal', 1, optional=True)   # "les premiers résultats": spelled ordinal
# "La première ministre": title word, not a quantity

if __name__ == '__main__':
    d.write()
