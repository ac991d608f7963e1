"""Japon : l'attaque au couteau la plus meurtrière depuis 1945 (2016-07-26)."""
from goldlib import Doc

d = Doc('2016_07_26-005', '2016-07-26', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-26'  # attack "ce matin à 2 h 30"
Q('1945', 'date', '1945')
Q('26 juillet 2016', 'date', T)
# "Ce matin" is not a quantity; "heure locale" (time zone) stays out of the span
Q('2 h 30', 'time', '02:30')
# the attacker, indefinite "un" introducing a participant of the reported event: optional;
# nothing happens to him in this sentence -> OTHER
Q('un', 'count', 1, 'homme', at='heure locale, ', optional=True, f=('OTHER', None, None, T))
# the sentence names no place (the headline's "Japon" is not carried to body figures)
Q('19', 'count', 19, 'personne', at='tue ', f=('KILL', None, None, T))
Q('25', 'count', 25, 'blessé', f=('WOUND', None, None, T))
Q('19', 'count', 19, 'blessé', at='dont ', f=('WOUND', None, None, T))
Q('26 ans', 'age', 26, 'year')
Q('vers 3 heures', 'time', '03:00', approx='approx')

if __name__ == '__main__':
    d.write()
