"""Cinéma : Skyfall deuxième meilleur lancement au Royaume-Uni, après Harry Potter (2012-10-29)."""
from goldlib import Doc

d = Doc('45592', '2012-10-29', 'train')
Q = d.q

d.ent('Harry Potter et les reliques de la mort, partie 2', 'PRODUCT')
d.ents('Skyfall', 'PRODUCT')
d.ents('Royaume-Uni', 'LOC')
d.ents('Harry Potter', 'PRODUCT')
d.ent('James Bond', 'PRODUCT')
d.ent('France', 'LOC')
d.ent('The Hollywood Reporter', 'PRODUCT')
d.ent('John Logan', 'PER')
d.ent('Gladiator', 'PRODUCT')
d.ent('Lincoln', 'PRODUCT')
d.ent('Daniel Craig', 'PER')

Q('deuxième', 'ordinal', 2, optional=True)
Q('29 octobre 2012', 'date', '2012-10-29')
Q('23e', 'ordinal', 23)
Q("7,7 millions d'euros", 'money', 7700000, 'EUR', f=('OTHER', 'Royaume-Uni', 'GB', None))
Q('2011', 'date', '2011')
Q('troisième', 'ordinal', 3, optional=True)
Q('2012', 'date', '2012', at="l'année ")
Q('deux', 'count', 2, 'épisode', at='scénario de ', f=('OTHER', None, None, None))
Q('fin 2013', 'date', '2013')

if __name__ == '__main__':
    d.write()
