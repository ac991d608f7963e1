"""Espace : de nouvelles images de l'atmosphère de Mars (2016-10-24)."""
from goldlib import Doc

d = Doc('2016_10_24-006', '2016-10-24', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

# Footnote marks "[1]", "[2]", "[3]" are not quantities; "au printemps" (a Martian
# season, no year) is not annotated.
Q('24 octobre 2016', 'date', '2016-10-24')
Q('17 octobre', 'date', '2016-10-17')            # "Le 17 octobre dernier"
# volcanoes where clouds were observed: nothing happens to them -> OTHER;
# the sentence names Mars (no country)
Q('quatre', 'count', 4, 'volcan', f=('OTHER', 'Mars', None, None))

if __name__ == '__main__':
    d.write()
