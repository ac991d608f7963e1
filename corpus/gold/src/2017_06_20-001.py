"""Belgique : explosion à la gare de Bruxelles-Central, le tueur est mort (2017-06-20)."""
from goldlib import Doc

d = Doc('2017_06_20-001', '2017-06-20', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-06-20'
Q('20 juin 2017', 'date', D)
# fronted locative "À l'entresol de la Gare de Bruxelles-Central"; indefinite -> optional
Q('un', 'count', 1, 'chariot', at='Bruxelles-Central , ', optional=True,
  f=('AFFECT', 'Gare de Bruxelles-Central', 'BE', D))
Q('vers 20h45', 'time', '20:45', approx='approx')   # "ce soir" is not a quantity
Q('un', 'count', 1, 'homme', at='attaque par ', optional=True, f=('OTHER', None, None, D))
Q("environ 30 ans", 'age', 30, 'year', approx='approx')

if __name__ == '__main__':
    d.write()
