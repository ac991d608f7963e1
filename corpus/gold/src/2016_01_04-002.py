"""Irak : deux mosquées sunnites visées par des attentats et un muezzin tué (2016-01-04)."""
from goldlib import Doc

d = Doc('2016_01_04-002', '2016-01-04', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-01-04'  # "Aujourd'hui avant l'aube"
Q('deux', 'count', 2, 'mosquée', at='Irak : ', f=('AFFECT', 'Irak', 'IQ', T))
Q('un', 'count', 1, 'muezzin', at='attentats et ', optional=True, f=('KILL', 'Irak', 'IQ', T))
Q('4 janvier 2016', 'date', T)
Q("Aujourd'hui", 'date', T, optional=True)
Q('deux', 'count', 2, 'mosquée', at='perpétrés dans ', f=('AFFECT', 'Irak', 'IQ', T))
Q('trois', 'count', 3, 'blessé', f=('WOUND', 'Irak', 'IQ', T))
Q('un', 'count', 1, 'muezzin', at='embuscade ', optional=True, f=('KILL', None, None, T))
Q('80 kilomètres', 'measure', 80, 'km')
Q('peu après minuit', 'time', '00:00', approx='approx')
Q('une dizaine', 'count', 10, 'maison', approx='approx', f=('AFFECT', None, None, T))
Q('trois ou quatre', 'count', 3, 'homme', approx='range', value_max=4, f=('OTHER', None, None, T))
Q('40 kilomètres', 'measure', 40, 'km')
Q('deux', 'count', 2, 'communauté', at='entre les ', f=('OTHER', 'Iskandariya', 'IQ', '2000'))
Q('2000', 'date', '2000')
Q('samedi dernier', 'date', '2016-01-02', optional=True)

if __name__ == '__main__':
    d.write()
