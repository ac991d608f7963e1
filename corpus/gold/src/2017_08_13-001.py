"""Nécrologie : mort de René Chapus (2017-08-13)."""
from goldlib import Doc

d = Doc('2017_08_13-001', '2017-08-13', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

# "Paris II" is a name, not a quantity.
Q('13 août 2017', 'date', '2017-08-13')
Q('28 juillet', 'date', '2017-07-28')            # "le 28 juillet dernier"
Q('92 ans', 'age', 92, 'year')
Q('11 août', 'date', '2017-08-11')               # "le 11 août dernier"

if __name__ == '__main__':
    d.write()
