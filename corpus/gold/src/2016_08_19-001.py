"""Nice : le bilan de l'attentat s'alourdit à 86 morts (2016-08-19)."""
from goldlib import Doc

d = Doc('2016_08_19-001', '2016-08-19', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-19'  # the death announced "aujourd'hui" that brings the toll to 86
A = '2016-07-14'  # the attack
Q('86', 'count', 86, 'mort', at="l'attentat s'alourdit à ", f=('KILL', 'Nice', 'FR', T))
Q('19 août 2016', 'date', T)
Q("aujourd'hui", 'date', T, optional=True)
Q('un', 'count', 1, 'homme', at="qu'", optional=True, f=('KILL', 'Nice', 'FR', T))
Q('14 juillet 2016', 'date', A)
Q('14 juillet', 'date', A, at='depuis le ')
Q('86', 'count', 86, 'personne', at='porte à ', f=('KILL', None, None, T))
Q('deux', 'count', 2, 'enfant', f=('OTHER', None, None, None))
Q('86', 'count', 86, 'mort', at="terroriste s'alourdit à ", f=('KILL', None, None, T))
Q('85', 'count', 85, 'mort', f=('KILL', 'Nice', 'FR', '2016-08-04'))
Q('4 août', 'date', '2016-08-04')
Q('56 ans', 'age', 56, 'year')
Q('six', 'count', 6, 'enfant', f=('OTHER', None, None, None))
Q('434', 'count', 434, 'blessé', f=('WOUND', None, None, A))
Q('14 juillet', 'date', A, at='soir du ')
Q('27 juillet', 'date', '2016-07-27')

if __name__ == '__main__':
    d.write()
