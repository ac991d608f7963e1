"""Astronomie : une nouvelle explication concernant la luminosité de l'étoile de Tabby (2017-01-31)."""
from goldlib import Doc

d = Doc('2017_01_31-004', '2017-01-31', 'holdout6', source='winer-fr/dev', entities=False)
Q = d.q

# "KIC 8462852" is an identifier; "plusieurs siècles", "dernières années",
# "prochains mois" carry no value.
Q('31 janvier 2017', 'date', '2017-01-31')
Q('près de 1 500 années-lumière', 'measure', 1500, 'ly', approx='approx')

if __name__ == '__main__':
    d.write()
