"""Union européenne : Antonio Tajani élu président du Parlement européen (2017-01-17)."""
from goldlib import Doc

d = Doc('2017_01_17-002', '2017-01-17', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-01-17'  # the election was held on the article's day
Q('17 janvier 2017', 'date', T)
Q('quatre', 'count', 4, 'tour', at='après ', f=('VOTE', None, None, T))
Q('8 h', 'time', '08:00')
Q('5', 'count', 5, 'prétendant', at='celles des ', f=('PARTICIPATE', None, None, T))
Q('une', 'count', 1, 'ligne', at='à toute épreuve et ', f=('OTHER', None, None, None))  # "une seule ligne de conduite"
Q('premier', 'ordinal', 1, at='Le ', optional=True)
Q('deux', 'count', 2, 'tour', at='Les ', f=('VOTE', None, None, T))
Q('deuxième', 'ordinal', 2, optional=True)
Q('troisième', 'ordinal', 3, optional=True)
Q('quatrième', 'ordinal', 4, optional=True)
Q('deux', 'count', 2, 'candidat', at='seuls les ', f=('PARTICIPATE', None, None, T))
Q('282', 'count', 282, 'voix', f=('VOTE', None, None, T))
Q('351', 'count', 351, 'voix', f=('VOTE', None, None, T))
Q('deux ans et demi', 'duration', 'P2Y6M')
Q('trois', 'count', 3, 'organe', at='les ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
