"""Euro 2016 : une bagarre éclate à Nice entre Niçois et supporteurs nord-irlandais (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-002', '2016-06-12', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

S = '2016-06-11'   # "samedi soir" (article of Sunday 12 June)
Q('2016', 'date', '2016', at=0)             # headline "Euro 2016": year after an event name
Q('12 juin 2016', 'date', '2016-06-12')
Q('2016', 'date', '2016', at="l' Euro ")    # body "Euro 2016"
# indefinite "un" counting a participant of a reported event: optional, optional fact;
# the England-Russia match in Marseille was the same Saturday ("peu après ce même match")
Q('un', 'count', 1, 'anglais', at='laissé ', optional=True, f=('WOUND', 'Marseille', 'FR', S))
Q('samedi', 'date', S, optional=True)       # bare weekday
Q('vers 23 heures', 'time', '23:00', approx='approx')
# no place in the sentence (strict location); date of the same fight stated above
Q('7', 'count', 7, 'blessé', f=('WOUND', None, None, S))
# "dont un": elided numeral (one of the 7), not an indefinite article -> non-optional
Q('un', 'count', 1, 'blessé', at='dont ', f=('WOUND', None, None, S))

if __name__ == '__main__':
    d.write()
