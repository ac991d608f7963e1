"""Aéronautique : une collision avec un drone évitée de justesse à Roissy (2016-03-04)."""
from goldlib import Doc

d = Doc('2016_03_04-001', '2016-03-04', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: "un Airbus A319 et un drone" are indefinites, nothing happened to them.
# "A319" is a model name.
Q('4 mars 2016', 'date', '2016-03-04')
Q('mercredi', 'date', '2016-03-02', optional=True)   # "ce mercredi", article of Friday 4 March
Q('19 février', 'date', '2016-02-19')
Q('environ 1 700 mètres', 'measure', 1700, 'm', approx='approx')
Q('environ cinq mètres', 'measure', 5, 'm', approx='approx')

if __name__ == '__main__':
    d.write()
