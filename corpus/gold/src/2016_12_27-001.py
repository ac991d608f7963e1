"""Cinéma : Carrie Fisher meurt à 60 ans (2016-12-27)."""
from goldlib import Doc

d = Doc('2016_12_27-001', '2016-12-27', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "épisode VII", "l'épisode 8", "Rogue One" are title numbers, not quantities.
Q('60 ans', 'age', 60, 'year', at=0)
Q('27 décembre 2016', 'date', '2016-12-27')
Q('27 décembre', 'date', '2016-12-27', at='ce ')
Q('60 ans', 'age', 60, 'year', at=1)
Q('23 décembre', 'date', '2016-12-23')
Q('quinze minutes', 'duration', 'PT15M')
Q('trois', 'count', 3, 'film', f=('OTHER', None, None, None))
Q('entre 1977 et 1983', 'date', '1977', approx='range', value_max='1983')
Q('années 1980', 'date', '1980', approx='range', value_max='1989')
Q('1987', 'date', '1987')
Q('2008', 'date', '2008')
Q('2014', 'date', '2014')
Q('2015', 'date', '2015')
Q('ce mois-ci', 'date', '2016-12', optional=True)

if __name__ == '__main__':
    d.write()
