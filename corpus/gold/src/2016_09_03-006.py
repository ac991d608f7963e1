"""La Chine et les Etats-Unis ratifient l'accord de Paris sur le climat (2016-09-03)."""
from goldlib import Doc

d = Doc('2016_09_03-006', '2016-09-03', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-03'
E = '2016-12'  # deadline "d'ici à fin 2016" / "avant la fin de l'année"
Q('3 septembre 2016', 'date', T)
Q('09\u202fh\u202f53', 'time', '09:53')
Q('décembre 2015', 'date', '2015-12')
Q('ce samedi', 'date', T, optional=True)
Q('deux', 'count', 2, 'économie', f=('OTHER', None, None, None))
Q('fin 2016', 'date', E)
Q('55', 'count', 55, 'pays', at='Pour cela, ', f=('PARTICIPATE', None, None, E))
Q('au moins 55\u202f%', 'percent', 55, '%', approx='min')
Q("la fin de l'année", 'date', E, optional=True)
Q('25', 'count', 25, 'pays', f=('PARTICIPATE', None, None, T))
Q('40\u202f%', 'percent', 40, '%')

if __name__ == '__main__':
    d.write()
