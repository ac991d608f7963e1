"""Brésil : les députés du Brésil approuvent la mise en cause de Dilma Rousseff (2016-04-19)."""
from goldlib import Doc

d = Doc('2016_04_19-001', '2016-04-19', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('19 avril 2016', 'date', '2016-04-19')
Q('mois de mai', 'date', '2016-05')
# Vote "toujours en cours" at the dateline: dated by the dateline; no place in the sentence.
Q('342', 'count', 342, 'vote', f=('VOTE', None, None, '2016-04-19'))
# A fraction: a number-bearing expression, kind number with value 2/3.
Q('deux tiers', 'number', 2 / 3)
Q('180 jours', 'duration', 'P180D')
Q('2014', 'date', '2014')

if __name__ == '__main__':
    d.write()
