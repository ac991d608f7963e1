"""Jeux olympiques de Rio : les Experts s'inclinent face aux Danois en finale (2016-08-21)."""
from goldlib import Doc

d = Doc('2016_08_21-001', '2016-08-21', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: no facts. "cette après-midi" is not a quantity.
Q('21 août 2016', 'date', '2016-08-21')
Q('triplé', 'number', 3, optional=True)        # like "quintuple" in the WiNER gold
Q('10 ans', 'duration', 'P10Y')
# "de la 1 re à la 18 e minute": two digit ordinals (each with its own article),
# annotated separately rather than as one range.
Q('1 re', 'ordinal', 1)
Q('18 e', 'ordinal', 18)
Q('janvier 2017', 'date', '2017-01')

if __name__ == '__main__':
    d.write()
