"""France : un enseignant tente de s'immoler par le feu en Normandie (2016-09-01)."""
from goldlib import Doc

d = Doc('2016_09_01-002', '2016-09-01', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-08-31'   # the attempt, "Mercredi 31 août 2016"
# indefinite "un enseignant", the participant of the reported attempt: optional;
# an attempted self-immolation, stopped in time: no event of the list fits -> OTHER
Q('un', 'count', 1, 'enseignant', at='France : ', optional=True, f=('OTHER', 'Normandie', 'FR', D))
Q('1er septembre 2016', 'date', '2016-09-01')
Q('Mercredi 31 août 2016', 'date', D)
Q('un', 'count', 1, 'enseignant', at='2016, ', optional=True, f=('OTHER', 'Grand-Quevilly', 'FR', D))
Q('51 ans', 'age', 51, 'year', at=0)
Q('vers 11 heures 30', 'time', '11:30', approx='approx')
Q('lendemain', 'date', '2016-09-01', optional=True)   # the rentrée, the day after the meeting
Q('51 ans', 'age', 51, 'year', at=1)

if __name__ == '__main__':
    d.write()
