"""France : un médecin violemment agressé dans son cabinet à Chambéry (2016-05-19)."""
from goldlib import Doc

d = Doc('2016_05_19-001', '2016-05-19', 'holdout8', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-05-19'
# Indefinite "un" counting a participant of the reported event: optional, as in the seed.
# The doctor is "grièvement blessé" -> WOUND; headline place, most specific: Chambéry.
Q('un', 'count', 1, 'médecin', at='France : ', optional=True, f=('WOUND', 'Chambéry', 'FR', T))
Q('19 mai 2016', 'date', T)
Q('Vers 18h00', 'time', '18:00', approx='approx')
Q('jeudi 19 mai', 'date', T)
# the attacker (still sought): optional participant count, nothing happened to him -> OTHER
Q('un', 'count', 1, 'homme', at='), ', optional=True, f=('OTHER', 'Chambéry', 'FR', T))
Q('74 ans', 'age', 74, 'year')
Q('dix ans', 'duration', 'P10Y')   # "dix ans plutôt" (= plus tôt), like "il y a 30 ans"

if __name__ == '__main__':
    d.write()
