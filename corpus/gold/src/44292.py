"""High-tech : annonce de la 3DS XL (2012-06-22)."""
from goldlib import Doc

d = Doc('44292', '2012-06-22', 'ner-dev', numbers=False)

d.ents('3DS XL', 'PRODUCT')
d.ent('DSI-XL', 'PRODUCT')
d.ent('Nintendo Direct', 'EVENT')
d.ent('Nintendo 3DS', 'PRODUCT')
d.ents('Nintendo', 'ORG')
d.ents('3DS', 'PRODUCT')
d.ent('DS', 'PRODUCT', at='jeux ')
d.ent('Europe', 'LOC')
d.ent('Japon', 'LOC')
d.ent('Amérique', 'LOC')
d.ent('SD', 'PRODUCT', at='carte ', optional=True)

if __name__ == '__main__':
    d.write()
