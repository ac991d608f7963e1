"""Burundi : le corps de Mwambutsa IV reste en Suisse (2016-11-03)."""
from goldlib import Doc

d = Doc('2016_11_03-001', '2016-11-03', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "Mwambutsa IV" is a regnal name, not a quantity; "aucun prix" has no value. No counts.
Q('3 novembre 2016', 'date', '2016-11-03')
Q('quatre ans', 'duration', 'P4Y')    # "depuis quatre ans"
Q('2012', 'date', '2012')              # "depuis 2012": preposition out, exact
Q('1977', 'date', '1977')

if __name__ == '__main__':
    d.write()
