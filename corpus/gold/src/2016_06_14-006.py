"""France : un couple de policiers tué dans leur quartier à Magnanville (Yvelines) (2016-06-14)."""
from goldlib import Doc

d = Doc('2016_06_14-006', '2016-06-14', 'train', source='winer-fr/train', entities=False)
Q = d.q

M = '2016-06-13'   # the murders: "ce lundi 13 juin", peu avant 21 h
MAG = ('KILL', 'Magnanville', 'FR', M)
Q('un', 'count', 1, 'couple', at='France : ', optional=True, f=MAG)
Q('Un', 'count', 1, 'capitaine', optional=True, f=MAG)
Q('14 juin 2016', 'date', '2016-06-14')
Q('Peu avant 21 heures', 'time', '21:00', approx='max')
Q('lundi 13 juin', 'date', M)
Q('42 ans', 'age', 42, 'year')
Q('neufs', 'count', 9, 'coup', f=('OTHER', None, None, M))
Q('trois ans', 'age', 3, 'year')
Q('aux alentours de minuit', 'time', '00:00', approx='approx')
Q('25 ans', 'age', 25, 'year')
Q('2013', 'date', '2013')
Q('6', 'count', 6, 'cible', at='une liste de ', f=('OTHER', 'Mantes-la-Jolie', 'FR', None))
Q('2', 'count', 2, 'personnalité', at='dont ', f=('OTHER', 'Mantes-la-Jolie', 'FR', None))
Q('deux', 'count', 2, 'proche', at='aussi que ', f=('ARREST', None, None, None))

if __name__ == '__main__':
    d.write()
