"""France : Manuel Valls propose la suppression du 49.3 (2016-12-17)."""
from goldlib import Doc

d = Doc('2016_12_17-005', '2016-12-17', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# "49.3", "49-3", "article 49 alinéa 3": law/section numbers, not quantities.
Q('17 décembre 2016', 'date', '2016-12-17', at=0)
Q('samedi 17 décembre 2016', 'date', '2016-12-17')
Q('15 décembre', 'date', '2016-12-15')
Q('six fois', 'number', 6)   # guideline: "6 fois" -> number, span with "fois"
# "Il se croit le 1 er avril": April Fools' Day, any year (idiom) -> optional,
# resolved to the article's year as in 2016_02_01-001 ("le 1 er janvier").
Q('1 er avril', 'date', '2016-04-01', optional=True)
# "les « deux gauches irréconciliables »": noun present -> count; nothing happens to them
Q('deux', 'count', 2, 'gauche', at='« ', f=('OTHER', None, None, None))
Q('premier', 'ordinal', 1, at='au ', optional=True)    # "premier tour"
Q('second', 'ordinal', 2, at='du ', optional=True)     # "second tour"
Q('cinq ans', 'duration', 'P5Y')

if __name__ == '__main__':
    d.write()
