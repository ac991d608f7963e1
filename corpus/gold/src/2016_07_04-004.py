"""Tour de France 2016 : les résultats de la deuxième étape (2016-07-04)."""
from goldlib import Doc

d = Doc('2016_07_04-004', '2016-07-04', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-04'
# "Tour de France 2016": headline, "Sur le même sujet", five related headlines
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('deuxième', 'ordinal', 2, optional=True)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10)
Q('4 juillet 2016', 'date', D)
Q('plus de 183 kilomètres', 'measure', 183, 'km', approx='min')
# stage Saint-Lô -> Cherbourg-en-Cotentin: a figure spread over two places has no location
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, D))
Q('premier', 'ordinal', 1, at='Sagan est ', optional=True)
Q('223,5 kilomètres', 'measure', 223.5, 'km')

if __name__ == '__main__':
    d.write()
