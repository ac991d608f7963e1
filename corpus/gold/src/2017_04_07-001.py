"""Les États-Unis bombardent une base syrienne (2017-04-07)."""
from goldlib import Doc

d = Doc('2017_04_07-001', '2017-04-07', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('7 avril 2017', 'date', '2017-04-07')
Q('première', 'ordinal', 1, optional=True)
Q('6 ans', 'duration', 'P6Y')                      # "il y a 6 ans"
Q('mardi', 'date', '2017-04-04', optional=True)     # bare weekday before Friday 7 April
# "Ce soir" is not a quantity (like "ce matin").
# Missiles fired: no event in the table fits -> OTHER. The sentence's only place is the sea
# the destroyers sail in ("dans la Méditerranée"): location Méditerranée, no country.
# Date: the strike of the day's news ("Ce soir"), dated by the dateline.
Q('59', 'count', 59, 'missile', f=('OTHER', 'Méditerranée', None, '2017-04-07'))

if __name__ == '__main__':
    d.write()
