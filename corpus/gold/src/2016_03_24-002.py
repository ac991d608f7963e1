"""Espace : succès du lancement du sixième véhicule Cygnus (2016-03-24)."""
from goldlib import Doc

d = Doc('2016_03_24-002', '2016-03-24', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "imprimante 3D", "expéditions 47 et 48" are names/identifiers, not quantities.
Q('sixième', 'ordinal', 6, at=0, optional=True)
Q('24 mars 2016', 'date', '2016-03-24')
Q('sixième', 'ordinal', 6, at=1, optional=True)
Q('environ 3,6 tonnes', 'measure', 3.6, 't', approx='approx')
Q('deuxième', 'ordinal', 2, optional=True)
Q('samedi 26 mars 2016', 'date', '2016-03-26')
Q('mois de mai', 'date', '2016-05')

if __name__ == '__main__':
    d.write()
