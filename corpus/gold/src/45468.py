"""Espace : Découverte d'une exoplanète possédant quatre soleils (2012-10-16)."""
from goldlib import Doc

d = Doc('45468', '2012-10-16', 'dev')
Q = d.q

# celestial bodies: LOC, optional (the spec does not cover them)
d.ents('PH1', 'LOC', optional=True)
d.ent('Kian Jek', 'PER')
d.ent('Robert Gagliano', 'PER')
d.ent('Kepler', 'PRODUCT')
d.ent('Planethunters.org', 'PRODUCT')
d.ent('Université de Yale', 'ORG')
d.ent('États-Unis', 'LOC')
d.ent('Terre', 'LOC', optional=True)
d.ent('Neptune', 'LOC', optional=True)
d.ent('Soleil', 'LOC', optional=True)
d.ent('arXiv.org', 'PRODUCT')
d.ent('HD 188753 Ab', 'LOC', optional=True)
d.ent('Tatooine', 'LOC', optional=True)

O = ('OTHER', None, None, None)
Q('quatre', 'count', 4, 'soleil', at='possédant ', f=O)
Q('16 octobre 2012', 'date', '2012-10-16')
Q('Cette semaine', 'date', '2012-W42', optional=True)
Q('840', 'count', 840, 'exoplanète', f=O)
Q('quatre', 'count', 4, 'étoile', at='quadruple, un système à ', f=O)
Q('première', 'ordinal', 1, optional=True)
Q('169 fois', 'number', 169)
Q('6 fois', 'number', 6)
Q('138 jours', 'duration', 'P138D')
Q('deux', 'count', 2, 'étoile', at='tour des ', f=O)
Q('1,5', 'measure', 1.5, 'M☉')
Q('0,41 masses solaires', 'measure', 0.41, 'M☉')
Q('5 000 années-lumière', 'measure', 5000, 'ly')
Q('deux', 'count', 2, 'étoile', at='formé de ', f=O)
Q('deux', 'count', 2, 'étoile', at='encerclées par ', f=O)
Q('quatre', 'count', 4, 'soleil', at='tel système à ', f=O)
Q('6', 'count', 6, 'exoplanète', at='déjà ', f=O)
Q('deux', 'count', 2, 'soleil', at='exoplanètes à ', f=O)
Q('2005', 'date', '2005')

if __name__ == '__main__':
    d.write()
