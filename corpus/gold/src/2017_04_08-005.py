"""Suède : un camion fonce sur des passants à Stockholm (2017-04-08)."""
from goldlib import Doc

d = Doc('2017_04_08-005', '2017-04-08', 'train', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-04-07'   # the attack: "Vendredi" (article of Saturday 8 April)
S = '2017-04-08'   # "samedi 8 avril": the arrests
# "Charles XVI Gustave" is a name, not a quantity.
Q('un', 'count', 1, 'camion', at='Suède : ', optional=True, f=('OTHER', 'Stockholm', 'SE', A))
Q('8 avril 2017', 'date', S)
Q('Vendredi', 'date', A, optional=True)
Q('vers 15 heures', 'time', '15:00', approx='approx')
Q('13 heures', 'time', '13:00')
Q('Un', 'count', 1, 'homme', at='Suède . ', optional=True, f=('OTHER', 'Drottninggatan', 'SE', A))
Q('premiers', 'ordinal', 1, optional=True)
Q('Samedi', 'date', S, optional=True)
Q('Une', 'count', 1, 'interpellation', at='encore recherché. ', optional=True, f=('ARREST', None, None, None))
Q('3', 'count', 3, 'mort', at='état de ', f=('KILL', None, None, A))
Q('au moins 4', 'count', 4, 'mort', approx='min', f=('KILL', None, None, A))
Q('un', 'count', 1, 'chien', at='plus ', optional=True, f=('KILL', None, None, A))
Q('15', 'count', 15, 'blessé', at='également ', f=('WOUND', None, None, A))
Q('9', 'count', 9, 'blessé', at='dont ', f=('WOUND', None, None, A))
Q('décembre 2010', 'date', '2010-12')
Q('samedi 8 avril', 'date', S)
Q('deux', 'count', 2, 'personne', at='8 avril, ', f=('ARREST', None, None, S))
Q('39 ans', 'age', 39, 'year')

if __name__ == '__main__':
    d.write()
