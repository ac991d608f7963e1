"""Ligue des champions féminine : l'Olympique lyonnais remporte la finale face à Wolfsburg (2016-05-26)."""
from goldlib import Doc

d = Doc('2016_05_26-001', '2016-05-26', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-05-26'  # the final, dated by the dateline
# Shoot-out score "4 tirs au buts réussi contre 3": sport score -> OTHER; the place
# (Reggio d'Emilie, Italie) is named only in the previous sentence: not carried over.
Q('2014-2015', 'date', '2014', approx='range', value_max='2015')
Q('26 mai 2016', 'date', D)
Q('4', 'count', 4, 'tir', at='par ', f=('OTHER', None, None, D))
Q('3', 'count', 3, 'tir', at='contre ', f=('OTHER', None, None, D))
Q('14 mai 2015', 'date', '2015-05-14')
Q('2013', 'date', '2013')

if __name__ == '__main__':
    d.write()
