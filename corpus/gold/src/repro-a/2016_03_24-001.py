"""France : conférence de presse du Festival d'Avignon 2016 (2016-03-24)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_03_24-001', '2016-03-24', 'repro-a', source='winer-fr/train', entities=False)
Q = d.q

# Festival programme figures: totals of shows, venues (nothing happens to them) -> OTHER;
# the festival runs "du 6 au 24 juillet prochain" -> facts dated 2016-07; no place in their sentences.
F = ('OTHER', None, None, '2016-07')
Q('2016', 'date', '2016', at=0)                       # headline "Festival d'Avignon 2016"
Q('24 mars 2016', 'date', '2016-03-24')
Q("aujourd'hui", 'date', '2016-03-24', optional=True)
Q('2016', 'date', '2016', at="Avignon de ")
Q('du 6 au 24 juillet prochain', 'date', '2016-07-06', approx='range', value_max='2016-07-24')
Q('40', 'count', 40, 'spectacle', f=F)
Q('36', 'count', 36, 'création', f=F)
Q('26', 'count', 26, 'pièce', f=F)
Q('7', 'count', 7, 'spectacle', at=': 26 seront des pièces théâtrales, ', f=F)
Q('4', 'count', 4, 'concert', at='danses, ', f=F)
Q('2', 'count', 2, 'exposition', at="évènement, ", f=F)
Q('70 ème', 'ordinal', 70)
Q('25 ans', 'duration', 'P25Y')
Q('de 1947 à 2086', 'date', '1947', approx='range', value_max='2086')
Q('45', 'count', 45, 'lieu', f=F)

if __name__ == '__main__':
    d.write()
