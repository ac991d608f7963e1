"""Science : fin de la traque du Boson de Higgs ? (2012-07-03)."""
from goldlib import Doc

d = Doc('44502', '2012-07-03', 'ner-test', numbers=False)

d.ents('CERN', 'ORG')
# eponymous particle name: the person reading is doubtful
d.ent('Brout-Englert-Higgs', 'PER', optional=True)
d.ents('Higgs', 'PER', optional=True)
d.ents('LHC', 'PRODUCT')
d.ents('ATLAS', 'PRODUCT')
d.ents('CMS', 'PRODUCT')

if __name__ == '__main__':
    d.write()
