"""Pakistan : l'épouse de l'ex-Premier ministre élue députée (2017-09-18)."""
from goldlib import Doc

d = Doc('2017_09_18-002', '2017-09-18', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "(ex-)Premier ministre": title, not a quantity; "Ligue musulmane du Pakistan (N)": name
Q('18 septembre 2017', 'date', '2017-09-18')
Q('dimanche 17 septembre 2017', 'date', '2017-09-17')
Q('années 1980', 'date', '1980', approx='range', value_max='1989')   # "depuis la fin des années 1980": decade range
Q('premier', 'ordinal', 1, at='dans un ', optional=True)           # "dans un premier temps"
Q('mai 2018', 'date', '2018-05')
Q('seconde', 'ordinal', 2, optional=True)
Q('1988', 'date', '1988')

if __name__ == '__main__':
    d.write()
