"""France : nouveau rebondissement dans l'affaire Vincent Lambert (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-010', '2016-06-12', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money figure: no facts. "une personne physique et une personne
# morale" are indefinite articles, not counts of event participants.
# "double tutelle": a multiplier word, optional like "quintuple" in the examples.
Q('12 juin 2016', 'date', '2016-06-12')
Q('jeudi 9 juin', 'date', '2016-06-09')
Q('mars dernier', 'date', '2016-03')
Q('jeudi', 'date', '2016-06-09', at='préconisé ce ', optional=True)   # bare weekday
Q('double', 'number', 2, at='une « ', optional=True)
Q('8 juillet prochain', 'date', '2016-07-08')
Q('double', 'number', 2, at="qu'une ", optional=True)
Q('16 juin', 'date', '2016-06-16')
Q('2015', 'date', '2015')
Q('troisième', 'ordinal', 3, optional=True)
Q('trois ans', 'duration', 'P3Y')

if __name__ == '__main__':
    d.write()
