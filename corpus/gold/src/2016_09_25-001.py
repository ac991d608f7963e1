"""Championnat de France de handball 2016-2017 : les résultats de la première journée (2016-09-25)."""
from goldlib import Doc

d = Doc('2016_09_25-001', '2016-09-25', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

WK = '2016-W38'   # "cette semaine": the first round (article of Sunday 25 September)
Q('2016-2017', 'date', '2016', approx='range', value_max='2017')
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('25 septembre 2016', 'date', '2016-09-25')
Q('cette semaine', 'date', WK, optional=True)
Q('premier', 'ordinal', 1, at='tout ', optional=True)
Q('première', 'ordinal', 1, at='en ', optional=True)   # "première division"
Q('2016', 'date', '2016', at='France ')
Q('seconde', 'ordinal', 2, optional=True)
Q('La semaine prochaine', 'date', '2016-W39', optional=True)
Q('un', 'count', 1, 'point', at="d'", optional=True, f=('OTHER', None, None, WK))
Q('10 dernières minutes', 'duration', 'PT10M')
Q('14', 'count', 14, 'arrêt', f=('OTHER', None, None, WK))
Q('6', 'count', 6, 'but', at='inscrivent ', f=('OTHER', None, None, WK))
Q('la semaine précédente', 'date', '2016-W37', optional=True)

if __name__ == '__main__':
    d.write()
