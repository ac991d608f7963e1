"""Espace : missions possibles vers Proxima b (2017-02-21)."""
from goldlib import Doc

d = Doc('2017_02_21-001', '2017-02-21', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "Proxima b" is a name; "une planète" is not an event count. No facts.
Q('21 février 2017', 'date', '2017-02-21')
Q('2016', 'date', '2016')                      # "depuis 2016": preposition out
Q('première', 'ordinal', 1, at='La ', optional=True)
Q('20 %', 'percent', 20, '%')
Q('seconde', 'ordinal', 2, optional=True)
Q('95 ans', 'duration', 'P95Y')
Q('20 ans', 'duration', 'P20Y')
Q('premières', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
