"""États-Unis : Trump présentera sa réforme fiscale mercredi (2017-04-22)."""
from goldlib import Doc

d = Doc('2017_04_22-003', '2017-04-22', 'train', source='winer-fr/train', entities=False)
Q = d.q

W = '2017-04-26'   # "mercredi 26 avril" (article of Saturday 22 April)
Q('mercredi', 'date', W, at='fiscale ', optional=True)          # headline
Q('22 avril 2017', 'date', '2017-04-22')
Q('mercredi 26 avril', 'date', W)
Q('mercredi', 'date', W, at='importante ', optional=True)
Q('mercredi', 'date', W, at='commencera ', optional=True)
Q('vendredi', 'date', '2017-04-21', at='Press ', optional=True)
# a change "de 35 % à 15 %" is two quantities, not a range
Q('35 %', 'percent', 35, '%')
Q('15 %', 'percent', 15, '%')
Q('7', 'count', 7, 'tranche', at='réduire de ', f=('OTHER', None, None, None))
Q('3', 'count', 3, 'tranche', at='de 7 à ', f=('OTHER', None, None, None))
Q('plus de 5,5 millions de dollars', 'money', 5500000, 'USD', approx='min', f=('OTHER', None, None, None))
Q('un peu plus de 30', 'count', 30, 'point', approx='min', f=('OTHER', None, None, None))
Q('20 541', 'count', 20541, 'point', f=('OTHER', None, None, None))
Q('20 572', 'count', 20572, 'point', f=('OTHER', None, None, None))
Q('vendredi', 'date', '2017-04-28', at="d'ici ", optional=True)

if __name__ == '__main__':
    d.write()
