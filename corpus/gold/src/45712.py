"""Indonésie : L'Oréal ouvre sa plus grande usine au monde (2012-11-07)."""
from goldlib import Doc

d = Doc('45712', '2012-11-07', 'train')
Q = d.q

d.ents('Indonésie', 'LOC')
d.ents("L'Oréal", 'ORG')
d.ent('Asie-Pacifique', 'LOC')
d.ents('Asie', 'LOC')
d.ent('Joechen Zaumseil', 'PER')
d.ent('Jababeka', 'LOC')
d.ent('David Quentin', 'PER')

O = ('OTHER', None, None, None)
Q('7 novembre 2012', 'date', '2012-11-07')
Q('un', 'ordinal', 1, at='numéro ', optional=True)
Q('mercredi 7 novembre', 'date', '2012-11-07')
Q('200 millions', 'count', 200000000, 'produit', f=('OTHER', None, None, '2013'))
Q('2013', 'date', '2013')
Q('300 millions', 'count', 300000000, 'produit', f=O)
Q('500 millions', 'count', 500000000, 'produit', approx='max', f=O)
Q("100 millions d'euros", 'money', 100000000, 'EUR', f=('COST', None, None, None))
Q('trois', 'count', 3, 'équipe', f=O)
Q('500', 'count', 500, 'référence', at='peu ', f=O)
Q('deux milliards', 'count', 2000000000, 'client', f=O)
Q("un milliard", 'count', 1000000000, 'individu', at="d'", f=O)
Q('750 millions', 'count', 750000000, 'client', f=O)
Q('milliard', 'count', 1000000000, 'client', at='nouveau ', optional=True, f=O)
Q('800', 'count', 800, 'personne', f=('EMPLOY', None, None, None))
Q("l'année", 'date', '2012', at='début de ', optional=True)
Q('12,9 %', 'percent', 12.9, '%')
Q('2011', 'date', '2011')

if __name__ == '__main__':
    d.write()
