"""Israël : cinquantième anniversaire du début de la guerre des Six Jours (2017-06-07)."""
from goldlib import Doc

d = Doc('2017_06_07-001', '2017-06-07', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# "guerre des Six Jours" is a name: not a quantity. No count or money: no facts.
Q('cinquantième', 'ordinal', 50, optional=True)       # spelled ordinal (headline)
Q('7 juin 2017', 'date', '2017-06-07')
Q('5 juin', 'date', '2017-06-05')                      # "Le 5 juin a été le 50e anniversaire"
Q('50 e', 'ordinal', 50)
# "L'objectif de l'opération par Israël le 5 Juin": the 1967 operation (50 years before
# the anniversary), not 2017.
Q('5 Juin', 'date', '1967-06-05')
# "cette guerre de six jours" (lower case, with "cette"): a description, read as a duration;
# it echoes the war's name, so undecidable -> optional.
Q('six jours', 'duration', 'P6D', optional=True)
Q('1979', 'date', '1979')                              # "Traité de paix israélo-égyptien de 1979"
Q("aujourd'hui", 'date', '2017-06-07', at=0, optional=True)
Q("aujourd'hui", 'date', '2017-06-07', at=1, optional=True)

if __name__ == '__main__':
    d.write()
