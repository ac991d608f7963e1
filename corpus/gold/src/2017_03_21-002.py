"""France : décès de l'homme politique Henri Emmanuelli (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-002', '2017-03-21', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money figure: no facts. "premier secrétaire" is a title.
Q('21 mars 2017', 'date', '2017-03-21')
Q('mardi', 'date', '2017-03-21', at='décédé ', optional=True)
Q('71 ans', 'age', 71, 'year')
Q('trois jours', 'duration', 'P3D')
Q('double', 'number', 2, optional=True)           # "double bronchite": multiplier word
Q('mardi', 'date', '2017-03-21', at='annoncé ', optional=True)
Q('juin', 'date', '2017-06', at='législatives de ')
Q('trente-cinq ans', 'duration', 'P35Y')
Q('une minute', 'duration', 'PT1M', optional=True)  # duration with "une": optional
Q('1978', 'date', '1978')
Q('entre 1981 et 1986', 'date', '1981', approx='range', value_max='1986')
Q('1987', 'date', '1987')
Q('de 1992 à 1993', 'date', '1992', approx='range', value_max='1993')
Q('de 1994 à 1995', 'date', '1994', approx='range', value_max='1995')
Q('1995', 'date', '1995', at='présidentielle de ')
Q('1997', 'date', '1997')
Q('deux ans', 'duration', 'P2Y')                   # sentence length: a duration, no fact
Q('2000', 'date', '2000')
Q('2005', 'date', '2005', at='En ')
Q('2005', 'date', '2005', at='toujours en ')
Q('2010', 'date', '2010')
Q('janvier dernier', 'date', '2017-01')

if __name__ == '__main__':
    d.write()
