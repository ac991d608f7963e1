"""France : décès du skieur Jean Vuarnet (2017-01-08)."""
from goldlib import Doc

d = Doc('2017_01_08-003', '2017-01-08', 'train', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: no facts (one death, no number written).
Q('8 janvier 2017', 'date', '2017-01-08')
Q('du 1 er au 2 janvier', 'date', '2017-01-01', approx='range', value_max='2017-01-02')  # "dans la nuit du 1er au 2 janvier"
Q('83 ans', 'age', 83, 'year')
Q('1960', 'date', '1960')
Q("aujourd'hui", 'date', '2017-01-08', optional=True)
Q('1973', 'date', '1973')
Q('première', 'ordinal', 1, optional=True)
Q('décembre 1995', 'date', '1995-12')

if __name__ == '__main__':
    d.write()
