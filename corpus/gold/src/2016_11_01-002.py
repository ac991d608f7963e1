"""Burundi : synthèse de l'interview de Florent Geel (FIDH) par Deutsche Welle (2016-11-01)."""
from goldlib import Doc

d = Doc('2016_11_01-002', '2016-11-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

BI = ('Burundi', 'BI')
Q('1er novembre 2016', 'date', '2016-11-01')
# "des dizaines de fosses communes": no definite value, not a quantity
Q('décembre 2015 et janvier 2016', 'date', '2015-12', approx='range', value_max='2016-01')
# written "2016" (the repression was in December 2015); value as written
Q('11 et 12 décembre 2016', 'date', '2016-12-11', approx='range', value_max='2016-12-12')
Q('1993', 'date', '1993')
Q('mois de décembre', 'date', '2015-12')
# associations struck off (radiation) -> AFFECT
Q('cinq', 'count', 5, 'association', f=('AFFECT',) + BI + (None,))
# observers declared persona non grata -> AFFECT
Q('trois', 'count', 3, 'observateur', f=('AFFECT',) + BI + (None,))

if __name__ == '__main__':
    d.write()
