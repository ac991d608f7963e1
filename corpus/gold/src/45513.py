"""Informatique : Sortie d'une nouvelle version 12.10 d'Ubuntu (2012-10-18)."""
from goldlib import Doc

d = Doc('45513', '2012-10-18', 'ner-dev', numbers=False)

d.ents('Ubuntu 12.10', 'PRODUCT')
d.ents('Ubuntu', 'PRODUCT')
d.ent('Debian', 'PRODUCT')
d.ent('Linux', 'PRODUCT')
d.ent('Windows', 'PRODUCT')
d.ent('Mac', 'PRODUCT')
d.ent('GNU GPL', 'PRODUCT', optional=True)
d.ent('Wikipédia', 'ORG')
d.ent('Quantal Quetzal', 'PRODUCT')
d.ent('Precise Pangolin', 'PRODUCT')
d.ent('Unity 3D', 'PRODUCT')
d.ent('Unity 2D', 'PRODUCT')
d.ent('Raring Ringtail', 'PRODUCT')

if __name__ == '__main__':
    d.write()
