"""Guyane : incidents en marge d'un rassemblement (2017-04-08)."""
from goldlib import Doc

d = Doc('2017_04_08-004', '2017-04-08', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# Guyane (French Guiana) has its own ISO 3166-1 code, GF.
# "Certains de ses collègues", "l'un des membres", "aucune provocation" are not quantities.
Q('8 avril 2017', 'date', '2017-04-08')
# indefinite "Un commissaire" seriously injured: participant of the reported event (optional)
Q('Un', 'count', 1, 'commissaire', at=0, optional=True, f=('WOUND', 'Guyane', 'GF', '2017-04-07'))
Q('hier', 'date', '2017-04-07', optional=True)
Q('deux semaines', 'duration', 'P2W')
Q('25 mars', 'date', '2017-03-25')
# money demanded / offered as aid for "ce département d'outre-mer" (= Guyane): COST
Q("2,5 milliards d' euros", 'money', 2500000000, 'EUR', f=('COST', 'Guyane', 'GF', None))
Q("plus d'un milliard d'euros", 'money', 1000000000, 'EUR', approx='min',
  f=('COST', 'Guyane', 'GF', None))
# "Le collectif en réclame 2,1 de plus": elided "milliards d'euros"; no place in the sentence
Q('2,1', 'money', 2100000000, 'EUR', f=('COST', None, None, None))
Q('environ 10 minutes', 'duration', 'PT10M', approx='approx')

if __name__ == '__main__':
    d.write()
