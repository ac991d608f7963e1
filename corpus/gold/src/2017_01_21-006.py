"""Angleterre : un homme accusé de l'effondrement d'un pont piétonnier sur une autoroute du Kent (2017-01-21)."""
from goldlib import Doc

d = Doc('2017_01_21-006', '2017-01-21', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

C = '2016-08-27'   # the collapse: "27 août", "l'année dernière" (article of January 2017)
# "M20" is a road name, not a quantity; "des millions de livres" has no definite value.
Q('un', 'count', 1, 'homme', at='Angleterre : ', optional=True, f=('OTHER', 'Angleterre', 'GB', None))
Q('21 janvier 2017', 'date', '2017-01-21')
Q('Un', 'count', 1, 'homme', at='. – ', optional=True, f=('OTHER', 'M20', 'GB', None))
Q('63 ans', 'age', 63, 'year')
Q("l'année dernière", 'date', '2016', optional=True)
Q('17 février prochain', 'date', '2017-02-17')
Q('trois', 'count', 3, 'chef', f=('OTHER', None, None, None))   # charges faced before a verdict
Q('un', 'count', 1, 'motocycliste', at='laissé ', optional=True, f=('WOUND', None, None, C))
Q('170 tonnes', 'measure', 170, 't')
Q('Deux', 'count', 2, 'camion', f=('AFFECT', None, None, C))
Q('27 août', 'date', C)
Q('plus de 24 heures', 'duration', 'PT24H', approx='min')
Q('25', 'count', 25, 'pompier', f=('PARTICIPATE', None, None, C))
Q('Une', 'count', 1, 'ambulance', at='présents. ', optional=True, f=('PARTICIPATE', None, None, C))
Q('une semaine', 'duration', 'P1W', optional=True)

if __name__ == '__main__':
    d.write()
