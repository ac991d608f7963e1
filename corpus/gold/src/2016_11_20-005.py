"""Inde : des dizaines de morts dans un accident de train (2016-11-20)."""
from goldlib import Doc

d = Doc('2016_11_20-005', '2016-11-20', 'holdout3', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-11-20'   # derailment "vers 3h du matin" of the article day
K = ('Kanpur', 'IN')  # most specific place of the sentence ("près de Kanpur ... Uttar Pradesh ... Inde")
# headline "des dizaines de morts": no definite value, not a quantity
Q('20 novembre 2016', 'date', T)
Q('plus de 91', 'count', 91, 'personne', approx='min', f=('KILL',) + K + (T,))
Q('au moins 150', 'count', 150, 'personne', approx='min', f=('WOUND',) + K + (T,))
# derailed coaches: damaged -> AFFECT; no place in their sentence
Q('14', 'count', 14, 'voiture', f=('AFFECT', None, None, T))
Q('vers 3h du matin', 'time', '03:00', approx='approx')
Q('environ 800', 'count', 800, 'personne', approx='approx', f=('KILL', None, None, '1981'))
Q('1981', 'date', '1981')

if __name__ == '__main__':
    d.write()
