"""Burundi : des taxes farfelues en réponse à la suspension des aides européennes (2016-11-07)."""
from goldlib import Doc
d = Doc('2016_11_07-001', '2016-11-07', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

# Only dates and percents: no facts. "chaque année", "ces derniers mois" carry no value.
Q('7 novembre 2016', 'date', '2016-11-07')
Q("l'année dernière", 'date', '2015', optional=True)  # digitless deictic
Q('-7,4 %', 'percent', -7.4, '%')                     # written sign kept
Q('2015', 'date', '2015')
Q('plus de 4 %', 'percent', 4, '%', approx='min')

if __name__ == '__main__':
    d.write()
