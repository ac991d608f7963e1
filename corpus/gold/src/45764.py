"""France : faut-il croire en la suite d'Envoyé spécial ? (2012-11-10)."""
from goldlib import Doc

d = Doc('45764', '2012-11-10', 'ner-dev', numbers=False)

d.ent('Wikimedia France', 'ORG')
d.ents('France', 'LOC')
d.ent('Envoyé spécial, la suite', 'PRODUCT')
d.ents('Envoyé spécial', 'PRODUCT')
d.ents('Wikipédia', 'PRODUCT')
d.ent('Élisabeth Bonnet', 'PER')
d.ent('Wikimedia Foundation', 'ORG')
d.ent('Wikimedia Deutschland', 'ORG')
d.ents('Linux', 'PRODUCT')
d.ent('IBM', 'ORG')
d.ent('Google', 'ORG')
d.ent('Internet', 'PRODUCT', optional=True)

if __name__ == '__main__':
    d.write()
