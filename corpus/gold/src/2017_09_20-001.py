"""Chine : l'avionneur Comac engrange les commandes (2017-09-20)."""
from goldlib import Doc

d = Doc('2017_09_20-001', '2017-09-20', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-09-19'
# "C919" is a model name, not a quantity
Q('20 septembre 2017', 'date', '2017-09-20')
Q('deuxième', 'ordinal', 2, optional=True)
Q('19 septembre', 'date', S)
# aircraft orders (as the Iran/Airbus example): OTHER; no place in their sentence
Q('130', 'count', 130, 'commande', f=('OTHER', None, None, S))
Q('730', 'count', 730, 'commande', f=('OTHER', None, None, S))   # elided "[commandes]", total after the signing
Q('5 mai 2017', 'date', '2017-05-05')
Q('2020', 'date', '2020')

if __name__ == '__main__':
    d.write()
