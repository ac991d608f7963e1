"""France : Macron échoue au Sénat (2017-09-25)."""
from goldlib import Doc

d = Doc('2017_09_25-001', '2017-09-25', 'train', source='winer-fr/train', entities=False)
Q = d.q

E = '2017-09-24'   # the Senate election: "ce dimanche 24 septembre"
Q('25 septembre 2017', 'date', '2017-09-25')
Q('dimanche 24 septembre', 'date', E)
Q('juin', 'date', '2017-06')
Q('moitié', 'number', 0.5, optional=True)
Q('deux', 'count', 2, 'élu', f=('VOTE', None, None, E))
Q('27', 'count', 27, 'siège', f=('VOTE', None, None, E))
Q('348', 'count', 348, 'siège', f=('VOTE', None, None, E))
Q('29', 'count', 29, 'siège', f=('VOTE', None, None, None))   # before the election
Q('142', 'count', 142, 'siège', f=('VOTE', None, None, None))  # before
Q('159', 'count', 159, 'siège', f=('VOTE', None, None, E))
Q('86', 'count', 86, 'sénateur', f=('VOTE', None, None, None))  # before
Q('80', 'count', 80, 'sénateur', f=('VOTE', None, None, E))

if __name__ == '__main__':
    d.write()
