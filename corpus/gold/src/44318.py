"""Télécommunications : fin de service en 2012 pour le minitel en France (2012-06-22)."""
from goldlib import Doc

d = Doc('44318', '2012-06-22', 'train')
Q = d.q

d.ent('France Télécom', 'ORG')
d.ents('France', 'LOC')
d.ents('minitel', 'PRODUCT')
d.ents('Minitel', 'PRODUCT')
d.ent('Minitels', 'PRODUCT')
d.ents('Vidéotex', 'PRODUCT')
d.ent('Télétel', 'PRODUCT')
d.ent('Orange', 'ORG')

F = '2009-02'
Q('2012', 'date', '2012', at='service en ')
Q('22 juin 2012', 'date', '2012-06-22')
Q('30 juin', 'date', '2012-06-30')
Q('30 ans', 'duration', 'P30Y')
Q('février 2009', 'date', F)
Q('10 millions', 'count', 10000000, 'connexion', f=('OTHER', None, None, F))
Q('4 000', 'count', 4000, 'code', f=('OTHER', None, None, F))
Q('1 million', 'count', 1000000, 'connexion', f=('OTHER', None, None, F))

if __name__ == '__main__':
    d.write()
