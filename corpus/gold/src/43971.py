"""États-Unis : Lancement réussi pour Space X Dragon (2012-05-22)."""
from goldlib import Doc

d = Doc('43971', '2012-05-22', 'dev')
Q = d.q

d.ent('États-Unis', 'LOC')
d.ent('Space X Dragon', 'PRODUCT')
d.ent('SpaceX-Dragon', 'PRODUCT')
d.ents('Falcon 9', 'PRODUCT')
d.ents('SpaceX', 'ORG')
d.ent('SLC-40', 'LOC', optional=True)
d.ent('Cape Canaveral', 'LOC')
d.ent('Floride', 'LOC')
d.ent('Titan III', 'PRODUCT')
d.ents('Dragon', 'PRODUCT')
d.ent('station spatiale internationale', 'PRODUCT', optional=True)
d.ents('ISS', 'PRODUCT')
d.ents('NASA', 'ORG')
d.ent('ATV', 'PRODUCT')
d.ent('océan Pacifique', 'LOC')

Q('7h44', 'time', '07:44')
Q('22 mai 2012', 'date', '2012-05-22')
Q('samedi dernier', 'date', '2012-05-19', optional=True)
Q('neuf', 'count', 9, 'moteur', f=('OTHER', None, None, None))
Q('pre\u00admier', 'ordinal', 1, optional=True)  # soft hyphen in the text
Q('Moins de quarante cinq minutes', 'duration', 'PT45M', approx='max')
Q('première', 'ordinal', 1, at='la ', optional=True)
Q('18 jours', 'duration', 'P18D')
Q('521 kg', 'measure', 521, 'kg')
Q('660 kg', 'measure', 660, 'kg')
Q('450 km environ', 'measure', 450, 'km', approx='approx')

if __name__ == '__main__':
    d.write()
