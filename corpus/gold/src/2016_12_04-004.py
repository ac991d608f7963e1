"""Burundi : la Chine promet de fournir 300 000 décodeurs numériques (2016-12-04)."""
from goldlib import Doc

d = Doc('2016_12_04-004', '2016-12-04', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-12'  # promised delivery "à la fin de cette année"
Q('300 000', 'count', 300000, 'décodeur', f=('OTHER', 'Burundi', 'BI', D))
Q('4 décembre 2016', 'date', '2016-12-04')
Q('32 e', 'ordinal', 32)
Q('1984', 'date', '1984')
Q('entre 2013 à 2015', 'date', '2013', approx='range', value_max='2015')
Q('plus de 90 %', 'percent', 90, '%', approx='min')
Q('290 mille', 'count', 290000, 'décodeur', f=('OTHER', 'Burundi', 'BI', D))
Q('fin de cette année', 'date', D, optional=True)
Q('décembre 2016', 'date', D, at='mois de ')
Q('premiers', 'ordinal', 1, optional=True)

if __name__ == '__main__':
    d.write()
