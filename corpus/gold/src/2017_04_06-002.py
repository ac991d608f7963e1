"""Guyane : le plan gouvernemental rejeté par le collectif (2017-04-06)."""
from goldlib import Doc

d = Doc('2017_04_06-002', '2017-04-06', 'test', source='winer-fr/dev', entities=False)
Q = d.q

M = '2017-03-28'  # "Le 28 mars", the big demonstration
O = ('OTHER', None, None, None)
Q('6 avril 2017', 'date', '2017-04-06')
Q('Dimanche', 'date', '2017-04-02', optional=True)
Q('plus de deux semaines', 'duration', 'P2W', approx='min')
Q("plus d'un milliard d'euros", 'money', 1000000000, 'EUR', approx='min', f=('COST', None, None, None))
Q('2,5 milliards d’euros', 'money', 2500000000, 'EUR', f=('COST', None, None, None))
Q('mardi', 'date', '2017-04-04', optional=True)
Q('lundi', 'date', '2017-04-03', optional=True)
Q('28 mars', 'date', M)
Q('plus de 15 000', 'count', 15000, 'manifestant', approx='min', f=('PROTEST', 'Cayenne', 'GF', M))
Q('deux', 'count', 2, 'ville', at='les ', f=('OTHER', 'Guyane', 'GF', None))
Q('250 000', 'count', 250000, 'habitant', f=('OTHER', 'Guyane', 'GF', None))
Q('mercredi', 'date', '2017-04-05', optional=True)
Q('Onze', 'count', 11, 'accord', f=O)
Q('cinq', 'count', 5, 'point', f=O)
Q('moins de vingt jours', 'duration', 'P20D', approx='max')
Q('premier', 'ordinal', 1, at='du ', optional=True)
Q('50 ans', 'duration', 'P50Y')

if __name__ == '__main__':
    d.write()
