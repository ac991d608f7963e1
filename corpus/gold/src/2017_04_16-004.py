"""France/Suisse : mort de l'auteur des tirs de 1982 contre la centrale de Creys-Malville (2017-04-16)."""
from goldlib import Doc

d = Doc('2017_04_16-004', '2017-04-16', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('1982', 'date', '1982', at=0)   # headline
Q('16 avril 2017', 'date', '2017-04-16')
Q('mardi', 'date', '2017-04-11', optional=True)
Q('67 ans', 'age', 67, 'year')
# "Noé21": name, not a quantity
Q('2003', 'date', '2003')
# rocket shots at the plant: no event of the table fits (attack, no victims) -> OTHER;
# "la centrale" designates the Creys-Malville plant by description.
Q('cinq', 'count', 5, 'tir', f=('OTHER', 'Creys-Malville', 'FR', '1982-01'))
Q('janvier 1982', 'date', '1982-01')
Q('2001', 'date', '2001')   # "avant 2001": preposition out, exact
# "pendant trois législatures": terms of office counted -> count, OTHER
Q('trois', 'count', 3, 'législature', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
