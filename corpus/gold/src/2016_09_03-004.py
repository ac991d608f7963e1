"""Triathlon : WTS Edmonton, aprés Rio retour au championnat (2016-09-03)."""
from goldlib import Doc

d = Doc('2016_09_03-004', '2016-09-03', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-09-03'
Q('3 septembre 2016', 'date', D, at=0)
Q('2016', 'date', '2016', at='courte distance ')
Q('samedi 3', 'date', D)
# "un remarquable triplé" (noun, indefinite) is not annotated
Q('seconde', 'ordinal', 2, optional=True)
Q('premier', 'ordinal', 1, optional=True)
# "une première dans l'histoire" is a noun: not a quantity
Q('4 e', 'ordinal', 4)
Q('5 e', 'ordinal', 5)
Q('3 septembre 2016', 'date', D, at=1)   # "Évènements du 3 septembre 2016"

if __name__ == '__main__':
    d.write()
