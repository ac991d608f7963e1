"""Astronomie : images radio les plus précises jamais obtenues (2016-02-19)."""
from goldlib import Doc

d = Doc('2016_02_19-001', '2016-02-19', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

# "un trou noir", "une galaxie", "une image": indefinite articles, not counts.
Q('19 février 2016', 'date', '2016-02-19')
Q('27 janvier', 'date', '2016-01-27')            # "Le 27 janvier dernier"
Q("900 millions d' année-lumières", 'measure', 900000000, 'ly')
# instruments used for the observation: technical count -> OTHER; "au sol" names no place
Q('15', 'count', 15, 'radiotélescope', f=('OTHER', None, None, None))
Q('8 fois', 'number', 8)                         # multiplier, span with "fois"
Q('environ 100 000 km', 'measure', 100000, 'km', approx='approx')

if __name__ == '__main__':
    d.write()
