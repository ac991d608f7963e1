"""Attentat à la voiture piégée en Somalie (2017-01-25)."""
from goldlib import Doc

d = Doc('2017_01_25-006', '2017-01-25', 'holdout2', source='winer-fr/dev', entities=False)
Q = d.q

D = '2017-01-25'  # the attacks, "ce mercredi 25 janvier"
MOG = ('Mogadiscio', 'SO', D)  # "de la ville" = Mogadiscio
Q('25 janvier 2017', 'date', D)
Q('mercredi 25 janvier', 'date', D)
Q('première', 'ordinal', 1, optional=True)
Q('au moins quatre', 'count', 4, 'homme', approx='min', f=('OTHER', 'hôtel Dayah', 'SO', D))
Q('seconde', 'ordinal', 2, optional=True)
Q('deux', 'count', 2, 'attentat', f=('OTHER',) + MOG)
Q('au moins 28', 'count', 28, 'personne', approx='min', f=('KILL',) + MOG)
Q('au moins 43', 'count', 43, 'blessé', approx='min', f=('WOUND',) + MOG)
Q('2007', 'date', '2007')
Q('22 000', 'count', 22000, 'homme', f=('PARTICIPATE', 'Mogadiscio', 'SO', '2011'))
Q('été 2011', 'date', '2011-06', approx='range', value_max='2011-08')
Q('8 février', 'date', '2017-02-08')
Q('2020', 'date', '2020')

if __name__ == '__main__':
    d.write()
