"""France : avec près de 5 g d'alcool, un chauffeur de camion provoque des accrochages et tue une personne (2016-06-19)."""
from goldlib import Doc

d = Doc('2016_06_19-003', '2016-06-19', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-06-16'   # the crash, "ce jeudi 16 juin"
# Saint-Denis (La Réunion) lies in France: country FR (not ISO "RE").
Q('près de 5 g', 'measure', 5, 'g', approx='approx')            # headline: blood alcohol, not seized
# headline "tue une personne": indefinite "une" counting the victim -> optional (guideline)
Q('une', 'count', 1, 'personne', at='tue ', optional=True, f=('KILL', 'France', 'FR', T))
Q('trois', 'count', 3, 'véhicule', at='percute ', f=('AFFECT', 'Saint-Denis', 'FR', T))  # vehicles hit
Q('19 juin 2016', 'date', '2016-06-19')
Q('jeudi 16 juin', 'date', T)
# vehicles struck, indefinite "un/une" participants -> optional; Sainte-Marie is a destination
Q('un', 'count', 1, 'véhicule', at='venant accrocher ', optional=True, f=('AFFECT', None, None, T))
Q('premier', 'ordinal', 1, at='ce ', optional=True)
Q('un', 'count', 1, 'bus', at='arrière d’', optional=True, f=('AFFECT', None, None, T))
Q('une', 'count', 1, 'voiture', at="d'écraser ", optional=True, f=('AFFECT', None, None, T))
# the toll: "un mort et une blessée grave ... et cinq autres blessés" - a tally, not articles
Q('un', 'count', 1, 'mort', at='important : ', f=('KILL', None, None, T))
Q('une', 'count', 1, 'blessé', at='un mort et ', f=('WOUND', None, None, T))
Q('cinq', 'count', 5, 'blessé', f=('WOUND', None, None, T))
Q('18 juin', 'date', '2016-06-18', at='le ')
Q('moins de deux jours', 'duration', 'P2D', approx='max')
Q('27 ans', 'age', 27, 'year')
Q("4,8 g d'alcool par litre de sang", 'measure', 4.8, 'g/l')
Q('samedi', 'date', '2016-06-18', optional=True)    # "le samedi suivant" (after 16 June)
Q('quatre', 'count', 4, 'bière', f=('OTHER', None, None, None))  # beers drunk by the driver

if __name__ == '__main__':
    d.write()
