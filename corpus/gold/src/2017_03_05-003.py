"""Haïti : mort à 74 ans de l'ancien président René Préval (2017-03-05)."""
from goldlib import Doc

d = Doc('2017_03_05-003', '2017-03-05', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('74 ans', 'age', 74, 'year', at=0)
Q('5 mars 2017', 'date', '2017-03-05')
Q('vendredi 3 mars', 'date', '2017-03-03')
Q('74 ans', 'age', 74, 'year', at=1)
# "à deux reprises" (twice): count or multiplier-like number; optional.
Q('deux', 'count', 2, 'reprise', at='à ', optional=True, f=('OTHER', 'Haïti', 'HT', None))
Q('de 1996 à 2001', 'date', '1996', approx='range', value_max='2001')
Q('de 2006 à 2011', 'date', '2006', approx='range', value_max='2011')
# "ayant frappé le pays" -> Haïti
Q('au moins 230 000', 'count', 230000, 'personne', approx='min', f=('KILL', 'Haïti', 'HT', '2010-01-12'))
Q('12 janvier 2010', 'date', '2010-01-12')
Q('premier', 'ordinal', 1, at='le ', optional=True)
Q("aujourd'hui", 'date', '2017-03-05', optional=True)
Q('plus de 200 ans', 'duration', 'P200Y', approx='min')
Q('deux', 'count', 2, 'mandat', at='achever ', f=('OTHER', 'Haïti', 'HT', None))  # "d'histoire du pays"
Q('deux', 'count', 2, 'mandat', at='bouclé ', f=('OTHER', None, None, None))
Q('1986', 'date', '1986')

if __name__ == '__main__':
    d.write()
