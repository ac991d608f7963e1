"""UE : de nouveaux billets en euros progressivement introduits à partir de 2013 (2012-11-09)."""
from goldlib import Doc

d = Doc('45750', '2012-11-09', 'ner-dev', numbers=False)

d.ent('UE', 'ORG')
d.ent('Mario Draghi', 'PER')
d.ents('Banque centrale européenne', 'ORG')
d.ent('Europe', 'PRODUCT', at='baptisée « ')
d.ent('Europe', 'PER', at='celui de ')
d.ent('Europe', 'PER', at='apparait ')
d.ent('Zeus', 'PER')
d.ent('musée du Louvre', 'ORG')
d.ent('Paris', 'LOC')
d.ent('zone euro', 'LOC', optional=True)

if __name__ == '__main__':
    d.write()
