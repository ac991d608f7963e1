"""France : un policier attaqué au marteau sur le parvis de la cathédrale de Notre-Dame de Paris (2017-06-09)."""
from goldlib import Doc

d = Doc('2017_06_09-001', '2017-06-09', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-06-06'   # "le mardi" (article of Friday 9 June)
ND = ('Notre-Dame de Paris', 'FR')
# Indefinite "un" for participants of the reported attack: optional counts and facts.
# The policeman got minor wounds -> WOUND.
Q('un', 'count', 1, 'policier', at='France : ', optional=True, f=('WOUND',) + ND + (T,))
Q('9 juin 2017', 'date', '2017-06-09')
Q('Un', 'count', 1, 'homme', at='. – ', optional=True, f=('OTHER',) + ND + (T,))
Q('un', 'count', 1, 'policier', at='a attaqué ', optional=True, f=('WOUND',) + ND + (T,))
# weekday + clock time: one datetime (spec: "demain à 15 h")
Q('mardi à 16 h 20', 'datetime', '2017-06-06T16:20')
Q('14h20', 'time', '14:20')                    # "UTC" left out
# "un de ses collègues" ~ "l'un des": not a quantity
Q('40 ans', 'age', 40, 'year')
# visitors kept inside the cathedral (blocked) -> AFFECT; "la cathédrale" takes the
# article's name for it.
Q('environ un millier', 'count', 1000, 'visiteur', approx='approx', f=('AFFECT',) + ND + (T,))

if __name__ == '__main__':
    d.write()
