"""France : les députés favorables à l'interdiction des gaz de schiste (2017-01-25)."""
from goldlib import Doc
d = Doc('2017_01_25-001', '2017-01-25', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money: no facts. "CO2" is a chemical formula, not a quantity.
Q('25 janvier 2017', 'date', '2017-01-25')
Q('25 janvier', 'date', '2017-01-25', at='ce ')
Q('cette année', 'date', '2017', optional=True)   # digitless deictic
Q('juin 2017', 'date', '2017-06')

if __name__ == '__main__':
    d.write()
