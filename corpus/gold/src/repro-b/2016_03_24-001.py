"""France : conférence de presse du Festival d'Avignon 2016 (2016-03-24)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_03_24-001', '2016-03-24', 'repro-b', source='winer-fr/train', entities=False)
Q = d.q

F = '2016-07'   # the festival, "du 6 au 24 juillet prochain"
O = ('OTHER', None, None, F)   # programme totals: nothing happens to them
Q('2016', 'date', '2016', at=0)                      # headline, year after event name
Q('24 mars 2016', 'date', '2016-03-24')
Q("aujourd'hui", 'date', '2016-03-24', optional=True)
Q('2016', 'date', '2016', at="Festival d'Avignon de ")
Q('du 6 au 24 juillet prochain', 'date', '2016-07-06', approx='range', value_max='2016-07-24')
Q('40', 'count', 40, 'spectacle', f=O)
Q('36', 'count', 36, 'spectacle', f=O)               # elliptical: 36 [spectacles]
Q('26', 'count', 26, 'spectacle', f=O)               # elliptical: 26 [of them]
Q('7', 'count', 7, 'spectacle', at=', ', f=O)
Q('4', 'count', 4, 'spectacle', at=', ', f=O)
Q('2', 'count', 2, 'exposition', at="évènement, ", f=O)
Q('70 ème', 'ordinal', 70)
Q('25 ans', 'duration', 'P25Y')
Q('de 1947 à 2086', 'date', '1947', approx='range', value_max='2086')
Q('45', 'count', 45, 'lieu', f=O)

if __name__ == '__main__':
    d.write()
