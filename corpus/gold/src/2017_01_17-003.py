"""Union européenne : une élection disputée pour la présidence du Parlement (2017-01-17)."""
from goldlib import Doc

d = Doc('2017_01_17-003', '2017-01-17', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-01-17'  # the election, held on the dateline's day
Q('17 janvier 2017', 'date', D, at=0)  # "Page actualisée : ..."
Q('17 janvier 2017', 'date', D, at=1)  # dateline
Q('1979', 'date', '1979')
Q('deux', 'count', 2, 'parti', at='1979, les ', f=('OTHER', None, None, None))
Q('Sept', 'count', 7, 'candidat', f=('PARTICIPATE', None, None, D))
Q('4', 'count', 4, 'tour', at='en ', f=('VOTE', None, None, D))
Q('8 h', 'time', '08:00')  # "À partir de 8 h (UTC)": preposition and UTC left out
Q('sept', 'count', 7, 'candidat', at='chacun des ', f=('PARTICIPATE', None, None, D))
Q('3 minutes', 'duration', 'PT3M')
Q('751', 'count', 751, 'eurodéputé', f=('VOTE', None, None, D))
Q('premier', 'ordinal', 1, at='pour le ', optional=True)
Q('premier', 'ordinal', 1, at='Le résultat du ', optional=True)
Q('10 h 30', 'time', '10:30')
Q('deuxième', 'ordinal', 2, optional=True)
Q('troisième', 'ordinal', 3, at='un deuxième et un ', optional=True)
Q('premier', 'ordinal', 1, at='modalités que le ', optional=True)
Q('troisième', 'ordinal', 3, at='au bout du ', optional=True)
Q('quatrième', 'ordinal', 4, at='un ', optional=True)
Q('deux', 'count', 2, 'candidat', at='entre les ', f=('PARTICIPATE', None, None, D))
Q('quatrième', 'ordinal', 4, at='ce ', optional=True)
Q('21 h 00', 'time', '21:00')

if __name__ == '__main__':
    d.write()
