"""France : un camion fonce sur la foule à Nice (2016-07-14)."""
from goldlib import Doc

d = Doc('2016_07_14-002', '2016-07-14', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-14'  # the attack, evening of 14 July
Q('14 juillet 2016', 'date', T)
Q('Peu après 22 heures 30', 'time', '22:30', approx='min')
Q('environ deux kilomètres', 'measure', 2, 'km', approx='approx')
# "Le Parquet de la ville" designates Nice
Q('60 à 70', 'count', 60, 'mort', approx='range', value_max=70, f=('KILL', 'Nice', 'FR', T))
Q('84', 'count', 84, 'mort', f=('KILL', None, None, T))
Q('15 juillet', 'date', '2016-07-15', at='matin du ')
Q('31 ans', 'age', 31, 'year')
Q('10 heures 32', 'time', '10:32')
Q('vendredi 15 juillet 2016', 'date', '2016-07-15')
Q('3 jours', 'duration', 'P3D')
Q('16, 17 et 18 juillet', 'date', '2016-07-16', approx='range', value_max='2016-07-18')
Q('environ 54', 'count', 54, 'enfant', approx='approx', f=('WOUND', None, None, T))
Q('jeudi', 'date', T, optional=True)

if __name__ == '__main__':
    d.write()
