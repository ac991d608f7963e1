"""France : Tupperware ferme son usine, 235 emplois supprimés (2017-10-19)."""
from goldlib import Doc

d = Doc('2017_10_19-002', '2017-10-19', 'train', source='winer-fr/train', entities=False)
Q = d.q

C = '2018-03'   # the plant closes "en mars 2018": the deadline of the job cuts
JLT = ('Joué-lès-Tours', 'FR')
Q('235', 'count', 235, 'emploi', at=0, f=('EMPLOY', 'France', 'FR', C))       # headline
Q('19 octobre 2017', 'date', '2017-10-19')
Q('mars 2018', 'date', C)
Q("aujourd'hui", 'date', '2017-10-19', optional=True)
Q('235', 'count', 235, 'salarié', at=1, f=('EMPLOY',) + JLT + (C,))
Q('six mois', 'duration', 'P6M')
Q('1973', 'date', '1973')
Q('près de 38 000', 'count', 38000, 'habitant', approx='approx', f=('OTHER',) + JLT + (None,))
Q('2010', 'date', '2010')
# "sur la commune" = Joué-lès-Tours
Q('700', 'count', 700, 'emploi', f=('EMPLOY',) + JLT + ('2010',))

if __name__ == '__main__':
    d.write()
