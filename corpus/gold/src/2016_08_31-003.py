"""Mort du porte-parole de l'État islamique à Alep (2016-08-31)."""
from goldlib import Doc

d = Doc('2016_08_31-003', '2016-08-31', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money ("l'un des", "un coup dur", "un homme", "couple" are not counts).
Q('31 août 2016', 'date', '2016-08-31')
Q('2014', 'date', '2014')
Q('mai dernier', 'date', '2016-05')   # month name: non-optional; "dernier" resolves to May 2016
Q('29 août', 'date', '2016-08-29')

if __name__ == '__main__':
    d.write()
