"""Tour de France 2016 : Stephen Cummings remporte l'étape, Greg Van Avermaet toujours maillot jaune (2016-07-08)."""
from goldlib import Doc

d = Doc('2016_07_08-002', '2016-07-08', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-08'
# "Tour de France 2016": headline, "Sur le même sujet", five related headlines
for i in range(7):
    Q('2016', 'date', '2016', at=i)
Q('13e', 'ordinal', 13)
Q('12e', 'ordinal', 12)
Q('11e', 'ordinal', 11)
Q('10e', 'ordinal', 10)
Q('8 juillet 2016', 'date', D)
Q('plus de 162,5 kilomètres', 'measure', 162.5, 'km', approx='min')
# stage L'Isle-Jourdain -> Lac de Payolle: a figure spread over two places has no location
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, D))
Q('premier', 'ordinal', 1, at='Van Avermaet est ', optional=True)
Q('184 kilomètres', 'measure', 184, 'km')

if __name__ == '__main__':
    d.write()
