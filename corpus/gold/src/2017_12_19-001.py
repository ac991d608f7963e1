"""France : confusion autour de l'accident à Millas (2017-12-19)."""
from goldlib import Doc

d = Doc('2017_12_19-001', '2017-12-19', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-12-14'   # the accident, "le jeudi 14 décembre"; tolls updated later keep this day
Q('19 décembre 2017', 'date', '2017-12-19')
Q('jeudi 14 décembre', 'date', A)
Q('Vers 16h10', 'time', '16:10', approx='approx')
# "coupé en deux" (cut in two): idiomatic, no count of anything -> optional number
Q('deux', 'number', 2, at='coupé en ', optional=True)
# pupils on board the school bus: the sentence states only their presence -> OTHER
# (guideline: passengers with nothing said to happen to them); place: Millas
Q('24', 'count', 24, 'élève', f=('OTHER', 'Millas', 'FR', A))
Q('vendredi', 'date', '2017-12-15', at='Au ', optional=True)
# "cinq d'eux ... étaient morts": elided count of élève; no place in the sentence
Q('cinq', 'count', 5, 'élève', f=('KILL', None, None, A))
Q('entre 11 et 17 ans', 'age', 11, 'year', approx='range', value_max=17)
# "six étaient encore en danger de vie": critically injured -> WOUND
Q('six', 'count', 6, 'élève', f=('WOUND', None, None, A))
Q('vendredi soir', 'date', '2017-12-15', optional=True)

if __name__ == '__main__':
    d.write()
