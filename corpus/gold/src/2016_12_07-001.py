"""Un avion de ligne pakistanais s'écrase (2016-12-07)."""
from goldlib import Doc

d = Doc('2016_12_07-001', '2016-12-07', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-12-07'   # the day's news: crash dated by the dateline
# Indefinite "un" counting the crashed aircraft (participant of the reported event):
# optional count, optional fact. Headline: "pakistanais" is an adjective -> no location.
Q('Un', 'count', 1, 'avion', at=0, optional=True, f=('AFFECT', None, None, D))
Q('7 décembre 2016', 'date', D)
# "ATR-42", "Vol 661 PIA": identifiers, not quantities
Q('Un', 'count', 1, 'avion', at='–\n', optional=True,
  f=('AFFECT', 'Khyber Pakhtunkhwa', 'PK', D))
# passengers on board, nothing said to happen to them -> OTHER; Islamabad is the
# destination (not the location), Chitral the place the flight left from
Q('47', 'count', 47, 'personne', f=('OTHER', 'Chitral', 'PK', D))
Q('Un', 'count', 1, 'avion', at='« ', optional=True, f=('AFFECT', 'Havelian', 'PK', D))
Q('2007', 'date', '2007')
Q('2009', 'date', '2009')

if __name__ == '__main__':
    d.write()
