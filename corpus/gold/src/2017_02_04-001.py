"""États-Unis : un juge fédéral bloque le décret anti-immigration (2017-02-04)."""
from goldlib import Doc

d = Doc('2017_02_04-001', '2017-02-04', 'holdout8', source='winer-fr/dev', entities=False)
Q = d.q

# "décret présidentiel 13769" is an identifier: not a quantity.
Q('4 février 2017', 'date', '2017-02-04')
Q("aujourd'hui", 'date', '2017-02-04', optional=True)
Q('7', 'count', 7, 'pays', at='des ', f=('AFFECT', None, None, None))   # "7 pays touchés par le décret"

if __name__ == '__main__':
    d.write()
