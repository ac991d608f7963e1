"""Jeux olympiques de Rio : les fleurettistes français battus par la Russie en finale (2016-08-14)."""
from goldlib import Doc

d = Doc('2016_08_14-003', '2016-08-14', 'holdout8', source='winer-fr/dev', entities=False)
Q = d.q

F = '2016-08-12'   # "Vendredi" before Sunday 14 August
Q('14 août 2016', 'date', '2016-08-14')
Q('Vendredi', 'date', F, optional=True)
# Score "25-16": two quantities; no counted noun in the text -> bare numbers, no fact.
Q('25', 'number', 25)
Q('16', 'number', 16, at='25-')
# "les cinq premiers relais": relays are not a time unit -> count (sport statistic -> OTHER)
Q('cinq', 'count', 5, 'relais', f=('OTHER', 'Rio', 'BR', F))
Q('premiers', 'ordinal', 1, at='ses ', optional=True)   # "ses premiers pas" (spelled ordinal, idiom)

if __name__ == '__main__':
    d.write()
