"""Football : les Barea s’inclinent devant les Léopards (2016-06-07)."""
from goldlib import Doc

d = Doc('2016_06_07-001', '2016-06-07', 'train', source='winer-fr/dev', entities=False)
Q = d.q

M = '2016-06-05'  # the match, "dimanche dernier"
Q('7 juin 2016', 'date', '2016-06-07')
Q('2017', 'date', '2017', at='CAN ')
Q('6', 'count', 6, 'but', at='perdant sur un score de ', f=('OTHER', 'Madagascar', 'MG', M))  # "sur ses propres terres"
Q('1', 'count', 1, 'but', at='perdant sur un score de 6 buts à ', f=('OTHER', 'Madagascar', 'MG', M))
Q('dimanche dernier', 'date', M, optional=True)
Q('2017', 'date', '2017', at='football ')
Q('premier', 'ordinal', 1, optional=True)
Q('deuxième', 'ordinal', 2, optional=True)
Q('3', 'count', 3, 'but', at='était de ', f=('OTHER', None, None, M))  # "3-0"
Q('0', 'count', 0, 'but', at='de 3-', f=('OTHER', None, None, M))
Q('trois', 'count', 3, 'but', f=('OTHER', 'Madagascar', 'MG', M))
Q('87ème', 'ordinal', 87)
Q('deux', 'count', 2, 'équipe', at='Les ', f=('PARTICIPATE', None, None, M))
Q('6', 'count', 6, 'but', at='séparées sur un score de ', f=('OTHER', None, None, M))
Q('1', 'count', 1, 'but', at='séparées sur un score de 6 buts à ', f=('OTHER', None, None, M))

if __name__ == '__main__':
    d.write()
