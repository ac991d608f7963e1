"""Tsaï Ing-wen élue à la présidence de Taïwan (2016-01-16)."""
from goldlib import Doc

d = Doc('2016_01_16-001', '2016-01-16', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# Vote shares are percents (no fact); "un drapeau" is a plain indefinite, not annotated.
Q('16 janvier 2016', 'date', '2016-01-16')
Q('2016', 'date', '2016', at='taïwanaise de ')   # year after an event name
Q('56 %', 'percent', 56, '%')
Q('première', 'ordinal', 1, optional=True)       # spelled ordinal
Q('31 %', 'percent', 31, '%')

if __name__ == '__main__':
    d.write()
