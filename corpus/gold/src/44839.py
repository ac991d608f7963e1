"""Asie de l'Est : alerte au typhon (2012-08-01)."""
from goldlib import Doc

d = Doc('44839', '2012-08-01', 'dev')
Q = d.q

d.ent("Asie de l'Est", 'LOC')
d.ent('Manille', 'LOC')
d.ent('Philippines', 'LOC')
d.ent('Saola', 'EVENT')
d.ents('Taiwan', 'LOC')
d.ents('Chine', 'LOC')
d.ent('Tapei', 'LOC')
d.ent('Damrey', 'EVENT')
d.ent('Shangai', 'LOC')

Q('1er août 2012', 'date', '2012-08-01')
Q('au moins dix', 'count', 10, 'mort', approx='min', f=('KILL', None, None, None))
Q('145 000', 'count', 145000, 'philippin', f=('DISPLACE', None, None, None))
Q('deux jours', 'duration', 'P2D')
Q('deux', 'count', 2, 'pays', at='Les ', f=('AFFECT', None, None, None))  # "en alerte typhon": placed on alert → AFFECT (the spec: "placed on alert → AFFECT"; was OTHER)
Q("jusqu'à 120 km/h", 'measure', 120, 'km/h', approx='max')
Q('deuxième', 'ordinal', 2, optional=True)
Q('jeudi', 'date', '2012-08-02', optional=True)

if __name__ == '__main__':
    d.write()
