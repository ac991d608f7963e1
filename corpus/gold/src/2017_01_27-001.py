"""Russie : les violences domestiques dépénalisées (2017-01-27)."""
from goldlib import Doc

d = Doc('2017_01_27-001', '2017-01-27', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-27'
V = '2017-01-25'  # the Duma vote, "ce mercredi 25 janvier"
Q('27 janvier 2017', 'date', T)
Q('mercredi 25 janvier', 'date', V)
Q("aujourd'hui", 'date', T, optional=True)
Q('deuxième', 'ordinal', 2, optional=True)
Q('385', 'count', 385, 'voix', f=('VOTE', None, None, V))
Q('2', 'count', 2, 'voix', at='voix contre ', f=('VOTE', None, None, V))
Q('deux ans', 'duration', 'P2Y', at='durée de ')
Q('30 000 roubles', 'money', 30000, 'RUB', f=('CONVICT', None, None, None))
Q('470 euros', 'money', 470, 'EUR', f=('CONVICT', None, None, None))
Q('15 jours', 'duration', 'P15D')
Q('jusqu’à deux ans', 'duration', 'P2Y', approx='max')
Q('décembre 2016', 'date', '2016-12')
Q('première', 'ordinal', 1, optional=True)
# figurative "faire trois pas en arrière" in a quote
Q('trois', 'count', 3, 'pas', optional=True, f=('OTHER', None, None, None))
Q('40 %', 'percent', 40, '%')
Q('3 %', 'percent', 3, '%')

if __name__ == '__main__':
    d.write()
