"""Japon : Nintendo va mieux (2017-09-19)."""
from goldlib import Doc

d = Doc('2017_09_19-001', '2017-09-19', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

# Sales figures -> OTHER. "Mario Kart 8 Deluxe", "Splatoon 2": names, not quantities.
T = '2017-09-19'
Q('19 septembre 2017', 'date', T, at=0)
Q('3 mars 2017', 'date', '2017-03-03')
Q('5 millions', 'count', 5000000, 'unité', f=('OTHER', None, None, None))
# "espère en vendre 10 millions d'ici le premier anniversaire de la console" (sold 3 March 2017):
# elided noun -> unité; the deadline is the fact's date
Q('10 millions', 'count', 10000000, 'unité', f=('OTHER', None, None, '2018-03-03'))
Q('premier', 'ordinal', 1, at='le ', optional=True)
Q('13 millions', 'count', 13000000, 'wii u', f=('OTHER', None, None, None))
Q('cinq ans', 'duration', 'P5Y')
Q('19 septembre 2017', 'date', T, at='ce ')
Q('neuf années', 'duration', 'P9Y')

if __name__ == '__main__':
    d.write()
