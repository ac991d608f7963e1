"""Fidel Castro est mort (2016-11-26)."""
from goldlib import Doc

d = Doc('2016_11_26-003', '2016-11-26', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money figure: no facts.
Q('26 novembre 2016', 'date', '2016-11-26')
Q('90 ans', 'age', 90, 'year')
Q('vendredi', 'date', '2016-11-25', at='90 ans, ', optional=True)     # bare weekday
Q("aujourd'hui", 'date', '2016-11-26', optional=True)
Q('premières', 'ordinal', 1, optional=True)       # "aux premières heures de la matinée"
# "XX e siècle": a century in Roman numerals; neither a digit ordinal nor a plain
# date in the spec -> optional (undecidable), given as ordinal 20.
Q('XX e', 'ordinal', 20, optional=True)
Q('vendredi', 'date', '2016-11-25', at='mort ', optional=True)
Q('50 ans', 'duration', 'P50Y')
Q('2006', 'date', '2006')
Q('10 ans', 'duration', 'P10Y')                    # "Depuis 10 ans"

if __name__ == '__main__':
    d.write()
