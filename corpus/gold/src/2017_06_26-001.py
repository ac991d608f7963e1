"""Europe : 50 000 personnes contre l'énergie nucléaire (2017-06-26)."""
from goldlib import Doc

d = Doc('2017_06_26-001', '2017-06-26', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-06-25'   # "Dimanche" before the Monday 26 June 2017 dateline
# Headline figure: the headline's place (Europe, no country); date of the same event.
Q('50 000', 'count', 50000, 'personne', at=0, f=('PROTEST', 'Europe', None, T))
Q('26 juin 2017', 'date', '2017-06-26')
Q('Dimanche', 'date', T, optional=True)
# Chain "traversant la Belgique" (from the Netherlands to Germany): Belgique.
Q('50 000', 'count', 50000, 'militant', at=1, f=('PROTEST', 'Belgique', 'BE', T))
Q('90 km', 'measure', 90, 'km')
# "des milliers de fissures": no definite value, not a quantity.
Q('premiers', 'ordinal', 1, optional=True)
Q('plus de 40 ans', 'duration', 'P40Y', approx='min')   # "il y a plus de 40 ans"
Q('30 ans', 'duration', 'P30Y')

if __name__ == '__main__':
    d.write()
