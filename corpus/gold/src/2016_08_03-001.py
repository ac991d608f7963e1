"""Paris : l'église Sainte-Rita évacuée par la police (2016-08-03)."""
from goldlib import Doc

d = Doc('2016_08_03-001', '2016-08-03', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "ce matin", "Depuis des mois", footnote "[1]" are not quantities.
Q('3 août 2016', 'date', '2016-08-03')
# "15 e arrondissement": a digit ordinal, but part of the district's name
# (like "Ve République"): optional.
Q('15 e', 'ordinal', 15, at=0, optional=True)
Q('une semaine', 'duration', 'P1W', optional=True)
# indefinite "un prêtre" killed: participant of a reported event (optional);
# the date is only implied ("une semaine après"): null.
Q('un', 'count', 1, 'prêtre', at='d’', optional=True,
  f=('KILL', 'Saint-Étienne-du-Rouvray', 'FR', None))
Q('15 e', 'ordinal', 15, at=1, optional=True)
Q('1900', 'date', '1900')   # "Exposition universelle de 1900"
Q('6 janvier', 'date', '2016-01-06')

if __name__ == '__main__':
    d.write()
