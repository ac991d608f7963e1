"""Union européenne : Lancement prévu aujourd'hui de deux satellites du programme Galileo (2012-10-12)."""
from goldlib import Doc

d = Doc('45364', '2012-10-12', 'train')
Q = d.q

d.ents('Union européenne', 'ORG')
d.ents('Galileo', 'PRODUCT')
d.ent('Soyouz', 'PRODUCT')
d.ent('centre spatial guyanais', 'LOC', optional=True)
d.ent('Kourou', 'LOC')
d.ents('GPS', 'PRODUCT')
d.ents('États-Unis', 'LOC')
d.ents('Russie', 'LOC')
d.ent('GLONASS', 'PRODUCT')

T = '2012-10-12'
O = ('OTHER', None, None, None)
Q("aujourd'hui", 'date', T, optional=True, at='prévu ')
Q('deux', 'count', 2, 'satellite', at='aujourd\'hui de ', f=('OTHER', None, None, T))
Q('12 octobre 2012', 'date', T)
Q("aujourd'hui", 'date', T, optional=True, at="C'est ")
Q('18h15', 'time', '18:15')
Q('un minimum de quatre', 'count', 4, 'satellite', approx='min', f=O)
Q('quatre', 'count', 4, 'équation', at='système de ', f=O)
Q('quatre', 'count', 4, 'inconnue', at='équations à ', f=O)
Q('premier', 'ordinal', 1, at="d'un ", optional=True)
Q('second', 'ordinal', 2, optional=True)
Q('deux', 'count', 2, 'sphère', at="l'intersection de ", f=O)
Q('troisième', 'ordinal', 3, at="d'un ", optional=True)
Q('troisième', 'ordinal', 3, at='une ', optional=True)
Q('1', 'count', 1, 'point', at='en ', f=O)
Q('deux', 'count', 2, 'point', at='(', f=O)
Q('un', 'count', 1, 'point', at='mais ', f=O)
Q('quatrième', 'ordinal', 4, optional=True)
Q('quatre', 'count', 4, 'satellite', at='horloges des ', f=O)
Q('10', 'count', 10, 'lancement', at='suivi de ', f=('OTHER', None, None, '2014'))
Q('au moins 2', 'count', 2, 'satellite', approx='min', f=O)
Q('2014', 'date', '2014')

if __name__ == '__main__':
    d.write()
