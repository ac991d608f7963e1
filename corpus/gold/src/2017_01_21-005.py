"""Pologne : le Premier Ministre Beata Szydło accueille les troupes américaines (2017-01-21)."""
from goldlib import Doc

d = Doc('2017_01_21-005', '2017-01-21', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "Premier ministre": title. "des décennies", "Des centaines de membres": no definite value.
Q('21 janvier 2017', 'date', '2017-01-21')
Q('samedi', 'date', '2017-01-21', optional=True)
Q('cette semaine', 'date', '2017-W03', optional=True)
Q("Aujourd'hui", 'date', '2017-01-21', optional=True)
Q('2014', 'date', '2014')
Q("l'année dernière", 'date', '2016', optional=True)
Q('neuf mois', 'duration', 'P9M')                      # "tous les neuf mois"
Q('Le mois dernier', 'date', '2016-12', optional=True)
# diplomats expelled from the US: forced departure -> DISPLACE (judgement call)
Q('35', 'count', 35, 'diplomate', f=('DISPLACE', 'États-Unis', 'US', '2016-12'))
Q('deux semaines', 'duration', 'P2W')
Q('2016', 'date', '2016', at='présidentielle de ')
Q('ce mois-ci', 'date', '2017-01', optional=True)
Q('vendredi', 'date', '2017-01-20', optional=True)
Q('hier', 'date', '2017-01-20', optional=True)
# troops deployed -> PARTICIPATE; "la région" names no place
Q('quelque 4 000', 'count', 4000, 'soldat', approx='approx', f=('PARTICIPATE', None, None, None))

if __name__ == '__main__':
    d.write()
