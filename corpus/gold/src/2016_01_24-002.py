"""Des astronomes recherchent une nouvelle planète dans le système solaire (2016-01-24)."""
from goldlib import Doc

d = Doc('2016_01_24-002', '2016-01-24', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "une nouvelle planète", "une planète supplémentaire", "une planète rocheuse":
# indefinite articles, not counts. The solar system is not a geographic place:
# the fact on "neuf" has no location (celestial bodies are optional LOC only).
Q('24 janvier 2016', 'date', '2016-01-24')
Q('neuf', 'count', 9, 'planète', f=('OTHER', None, None, None))   # hypothetical total of planets
Q('mercredi 20 janvier', 'date', '2016-01-20')
Q('neuvième', 'ordinal', 9, at=0, optional=True)
Q('neuvième', 'ordinal', 9, at=1, optional=True)
Q('entre 30 et 180 milliards de kilomètres', 'measure', 30000000000, 'km', approx='range',
  value_max=180000000000)
Q('entre 6 et 40 fois', 'number', 6, approx='range', value_max=40)   # multiplier

if __name__ == '__main__':
    d.write()
