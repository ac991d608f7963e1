"""François Fillon et sa femme accusés de détournement de fonds publics (2017-01-26)."""
from goldlib import Doc

d = Doc('2017_01_26-001', '2017-01-26', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "quelques jours", "plusieurs fois", "aux millions de Français" (no definite
# value), "Revue des deux Mondes" (name), "le premier" (= the former) are not
# quantities. Alleged embezzlement: the 500 000 euros are STEAL at both mentions
# (the second, "les sommes versées", is the same allegedly diverted amount);
# "En France" fronts only the first sentence, so no location.
Q('26 janvier 2017', 'date', '2017-01-26')
Q('500 000 euros', 'money', 500000, 'EUR', at=0, f=('STEAL', None, None, None))
Q('près de huit ans', 'duration', 'P8Y', approx='approx')
Q('de 1998 à 2002', 'date', '1998', approx='range', value_max='2002')
Q('de 2002 à 2007', 'date', '2002', approx='range', value_max='2007')
Q('2012', 'date', '2012', at="ainsi qu'en ")
Q('7 900 euros', 'money', 7900, 'EUR', f=('OTHER', None, None, None))   # monthly salary
Q('500 000 euros', 'money', 500000, 'EUR', at=1, f=('STEAL', None, None, None))
Q('octobre 2016', 'date', '2016-10')
Q('première', 'ordinal', 1, optional=True)
Q('100 000 euros', 'money', 100000, 'EUR', f=('OTHER', None, None, None))  # fees received
Q('trois', 'count', 3, 'note', f=('OTHER', None, None, None))
Q('mai prochain', 'date', '2017-05')
Q('2013 et 2014', 'date', '2013', approx='range', value_max='2014')
Q('octobre 2012', 'date', '2012-10')
Q('26 janvier', 'date', '2017-01-26', at='Ce ')

if __name__ == '__main__':
    d.write()
