"""France : décès du skieur Adrien Duvillard (2017-02-18)."""
from goldlib import Doc

d = Doc('2017_02_18-002', '2017-02-18', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('18 février 2017', 'date', '2017-02-18')
Q('Un mois', 'duration', 'P1M', optional=True)
Q('83 ans', 'age', 83, 'year')
Q('mardi 14 février', 'date', '2017-02-14')
Q('82 ans', 'duration', 'P82Y')   # "il y a 82 ans"
Q('1962', 'date', '1962')
Q('9 ans', 'duration', 'P9Y')
# two years joined by "et" -> one date range (project rule)
Q('1956 et 1960', 'date', '1956', approx='range', value_max='1960')
Q('1960', 'date', '1960', at='mondial en ')
Q('1963', 'date', '1963')
Q('1965 et 1969', 'date', '1965', approx='range', value_max='1969')
Q('2011', 'date', '2011')

if __name__ == '__main__':
    d.write()
