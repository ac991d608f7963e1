"""Slovaquie : début de la seconde phase de renconstruction des voies de tram à Košice (2016-11-24)."""
from goldlib import Doc

d = Doc('2016_11_24-003', '2016-11-24', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('seconde', 'ordinal', 2, at=0, optional=True)  # headline, spelled ordinal
Q('24 novembre 2016', 'date', '2016-11-24')
Q('seconde', 'ordinal', 2, at=1, optional=True)
Q('22 novembre', 'date', '2016-11-22')           # "ce 22 novembre"
Q('deux ans', 'duration', 'P2Y')
Q('5 mois', 'duration', 'P5M')
# contract amount for the reconstruction works -> COST; no place or date in the sentence
Q('78 499 473,99 EUR', 'money', 78499473.99, 'EUR', f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
