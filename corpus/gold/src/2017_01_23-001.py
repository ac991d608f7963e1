"""Inde : plus de trente morts dans un déraillement de train (2017-01-23)."""
from goldlib import Doc

d = Doc('2017_01_23-001', '2017-01-23', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-01-21'   # derailment "samedi 21, dans la soirée"
R = '2017-01-20'   # Rajasthan derailment "ce vendredi 20 janvier"
Q('plus de trente', 'count', 30, 'mort', approx='min', f=('KILL', 'Inde', 'IN', S))   # headline
Q('23 janvier 2017', 'date', '2017-01-23')
# "Au sud de l'Inde" fronted locative -> Inde.  The derailed train, indefinite "un" for the
# participant of the reported event: optional, AFFECT (derailed)
Q('un', 'count', 1, 'train', at="Inde , ", optional=True, f=('AFFECT', 'Inde', 'IN', S))
# passengers on board, nothing said of them as a whole -> OTHER (guideline)
Q('plus de 600', 'count', 600, 'personne', approx='min', f=('OTHER', 'Inde', 'IN', S))
Q('samedi 21', 'date', S)
# "dans la soirée" is not a quantity
Q('une cinquantaine', 'count', 50, 'personne', approx='approx', f=('WOUND', None, None, S))
Q('au moins 36', 'count', 36, 'mort', approx='min', f=('KILL', None, None, S))
Q('Ce dimanche', 'date', '2017-01-22', optional=True)
Q('20 novembre dernier', 'date', '2016-11-20')
# "dans le nord du pays": description -> the article's name for the country
Q('146', 'count', 146, 'personne', f=('KILL', 'Inde', 'IN', '2016-11-20'))
Q('vendredi 20 janvier', 'date', R)
Q('un', 'count', 1, 'train', at='20 janvier, ', optional=True, f=('AFFECT', 'Rajasthan', 'IN', R))

if __name__ == '__main__':
    d.write()
