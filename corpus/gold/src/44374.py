"""Banques belges piratées : « Le parquet exagère les chiffres » (2012-06-26)."""
from goldlib import Doc

d = Doc('44374', '2012-06-26', 'dev')
Q = d.q

d.ent('Parquet fédéral', 'ORG')
d.ents('Febelfin', 'ORG')
d.ent('Belfius', 'ORG')
d.ent('ING', 'ORG')
d.ent('KBC', 'ORG')
d.ent('BNP Paribas Fortis', 'ORG')
d.ent('AXA', 'ORG')
d.ents('RTBF', 'ORG')
d.ent('Fédération belge du secteur financier', 'ORG')
d.ent('Facebook', 'ORG')

Y = '2012'  # "depuis le début de l'année"
Q('26 juin 2012', 'date', '2012-06-26')
Q("près de 3 millions d'euros", 'money', 3000000, 'EUR', approx='approx', f=('STEAL', None, None, None))
Q('700 000 euros', 'money', 700000, 'EUR', at='plutôt de ', f=('STEAL', None, None, None))
Q('Quatre', 'count', 4, 'personne', f=('ARREST', None, None, None))
Q('deux', 'count', 2, 'polonais', at='il s\'agit de ', f=('ARREST', None, None, None))
Q('deux', 'count', 2, 'russe', at='Polonais et de ', f=('ARREST', None, None, None))
Q('plus de 3 millions d’euros', 'money', 3000000, 'EUR', approx='min', f=('STEAL', None, None, None))
Q('cinq', 'count', 5, 'banque', f=('AFFECT', None, None, None))
Q("l’année", 'date', Y, at='début de ', optional=True)
Q('261', 'count', 261, 'cas', f=('OTHER', None, None, Y))
Q('2 millions d’euros', 'money', 2000000, 'EUR', f=('STEAL', None, None, Y))
Q('proche de 700 000 euros', 'money', 700000, 'EUR', approx='approx', f=('STEAL', None, None, Y))
Q('plus de 13 000', 'count', 13000, 'compte', approx='min', f=('AFFECT', None, None, None))
Q("plus de 3 millions d'euros", 'money', 3000000, 'EUR', approx='min', f=('STEAL', None, None, None))

if __name__ == '__main__':
    d.write()
