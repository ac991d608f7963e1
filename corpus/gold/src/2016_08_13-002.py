"""Jeux olympiques de Rio : les États-Unis s'inclinent face à la Suède en quarts de finale du tournoi féminin de football (2016-08-13)."""
from goldlib import Doc

d = Doc('2016_08_13-002', '2016-08-13', 'test', source='winer-fr/train', entities=False)
Q = d.q

# Scores: each side a bare number (kind number, no fact); the contract has no score format.
Q('13 août 2016', 'date', '2016-08-13')
Q('triples', 'number', 3, optional=True)  # "triples tenantes du titre"
Q('1', 'number', 1, at='score de ')
Q('1', 'number', 1, at='score de 1-')
Q('4', 'number', 4, at='1-1, ')
Q('3', 'number', 3, at='4 tab ')
Q('0', 'number', 0, at='buts ')
Q('0', 'number', 0, at='buts 0-')
Q('7', 'number', 7, at='0-0, ')
Q('6', 'number', 6, at='7 tab ')
Q('16 août', 'date', '2016-08-16', at=0)
Q('1', 'number', 1, at='inclinée ')
Q('0', 'number', 0, at='inclinée 1 à ')
Q('1', 'number', 1, at='identique (')
Q('0', 'number', 0, at='identique (1-')
Q('16 août', 'date', '2016-08-16', at=1)

if __name__ == '__main__':
    d.write()
