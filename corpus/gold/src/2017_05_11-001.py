"""Concours Eurovision de la chanson 2017 : les résultats de la seconde demi-finale (2017-05-11)."""
from goldlib import Doc

d = Doc('2017_05_11-001', '2017-05-11', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# No counts in the text ("demi-finale" is no number).
Q('2017', 'date', '2017', at=0)   # headline, year after the event name
Q('seconde', 'ordinal', 2, at=0, optional=True)
Q('11 mai 2017', 'date', '2017-05-11', at=0)
Q('jeudi 11 mai', 'date', '2017-05-11')
Q('seconde', 'ordinal', 2, at='déroulait la ', optional=True)
Q('2017', 'date', '2017', at=2)  # body
Q('seconde', 'ordinal', 2, at='cette ', optional=True)
Q('première', 'ordinal', 1, at=0, optional=True)
Q('première', 'ordinal', 1, at=1, optional=True)
Q('11 mai 2017', 'date', '2017-05-11', at='du ')

if __name__ == '__main__':
    d.write()
