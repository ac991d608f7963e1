"""France : un policier poignardé dans un commissariat à Toulouse (2016-08-30)."""
from goldlib import Doc

d = Doc('2016_08_30-003', '2016-08-30', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-30'   # event of the day, given only by a clock time -> article date
# Indefinite "un policier" / "Une autre femme": participants of the reported event, optional counts
Q('un', 'count', 1, 'policier', at='France : ', optional=True, f=('WOUND', 'Toulouse', 'FR', T))
Q('30 août 2016', 'date', T)
Q('Un', 'count', 1, 'policier', at='–\n', optional=True, f=('WOUND', 'Toulouse', 'FR', T))
Q('aux alentours de 14 heures 30', 'time', '14:30', approx='approx')
Q('Vers 14h30', 'time', '14:30', approx='approx')
Q('31 ans', 'age', 31, 'year')
Q('6 mois', 'duration', 'P6M')
# policewoman in a state of shock, taken care of: affected, not injured -> AFFECT
Q('Une', 'count', 1, 'femme', at='brigade. ', optional=True, f=('AFFECT', None, None, T))

if __name__ == '__main__':
    d.write()
