"""Australie : une voiture fonce dans la foule à Melbourne et fait plusieurs morts (2017-01-20)."""
from goldlib import Doc

d = Doc('2017_01_20-004', '2017-01-20', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-20'   # the attack, "ce vendredi 20 janvier"
B = '2016-12-19'   # the Berlin attack
# "plusieurs morts" (headline), "plusieurs personnes": no value.
Q('une', 'count', 1, 'voiture', at=': ', optional=True, f=('OTHER', 'Melbourne', 'AU', D))
Q('20 janvier 2017', 'date', D)
Q('Une', 'count', 1, 'voiture', at='– ', optional=True, f=('OTHER', 'Melbourne', 'AU', D))
Q('vendredi 20 janvier', 'date', D)
Q('peu avant 14 h', 'time', '14:00', approx='approx')
Q('4 h', 'time', '04:00', approx='approx', at='soit ')   # same moment, French time
Q('au moins quatre', 'count', 4, 'mort', approx='min', f=('KILL', None, None, D))
Q('Une vingtaine', 'count', 20, 'personne', approx='approx', f=('WOUND', None, None, D))
Q('cinq', 'count', 5, 'personne', f=('WOUND', None, None, D))   # "dans un état critique"
Q('un', 'count', 1, 'enfant', at='figure ', optional=True, f=('AFFECT', None, None, D))
Q('un', 'count', 1, 'homme', at='chauffeur, ', optional=True, f=('ARREST', None, None, D))
Q('26 ans', 'age', 26, 'year')
Q('quatre millions', 'count', 4000000, 'habitant', f=('OTHER', 'Melbourne', 'AU', None))
Q('moins de deux kilomètres', 'measure', 2, 'km', approx='max')
Q('14 juillet', 'date', '2016-07-14')
Q('19 décembre', 'date', B, at='Berlin le ')
Q('8 janvier', 'date', '2017-01-08')
Q('19 décembre dernier', 'date', B)
Q('un', 'count', 1, 'camion', at='où ', optional=True, f=('OTHER', 'Berlin', 'DE', B))
Q('12', 'count', 12, 'personne', f=('KILL', 'Berlin', 'DE', B))
Q('jour de Noël', 'date', '2016-12-25', optional=True)
Q('décembre 2014', 'date', '2014-12')
Q('un', 'count', 1, 'homme', at='2014, ', optional=True, f=('KILL', 'Sydney', 'AU', '2014-12'))
Q('deux', 'count', 2, 'personne', at='vie à ', f=('KILL', 'Sydney', 'AU', '2014-12'))

if __name__ == '__main__':
    d.write()
