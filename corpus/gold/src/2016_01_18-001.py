"""Tennis : soupçons de matchs truqués au niveau mondial (2016-01-18)."""
from goldlib import Doc

d = Doc('2016_01_18-001', '2016-01-18', 'test', source='winer-fr/dev', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('18 janvier 2016', 'date', '2016-01-18')
Q('plus de 70', 'count', 70, 'joueur', approx='min', f=('PARTICIPATE', None, None, None))  # "pris part"
Q('16', 'count', 16, 'joueur', at='montrent que ', f=O)
Q('50', 'count', 50, 'joueur', at='les ', f=O)  # "les 50 meilleurs [joueurs] du monde"
Q('une décennie', 'duration', 'P10Y', optional=True)
Q("jusqu'à 50 000 dollars", 'money', 50000, 'USD', approx='max', f=O)
Q('46 000 euros', 'money', 46000, 'EUR', f=O)
Q("aujourd'hui", 'date', '2016-01-18', optional=True)
Q('10 ans', 'duration', 'P10Y')  # "il y a 10 ans"
Q('26 000', 'count', 26000, 'match', f=('INSPECT', None, None, None))  # analysed
Q('15', 'count', 15, 'joueur', at='découvert que ', f=O)

if __name__ == '__main__':
    d.write()
