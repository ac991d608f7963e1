"""Science : découverte du Boson de Higgs (2012-07-04)."""
from goldlib import Doc

d = Doc('44520', '2012-07-04', 'ner-test', numbers=False)

d.ents('CERN', 'ORG')
d.ent('Joe Incandela', 'PER')
d.ent('Science & Technology Facilities Council', 'ORG')
d.ent('John Womersley', 'PER')
d.ents('LHC', 'PRODUCT')
d.ent('Guido Tonelli', 'PER')
d.ent('Michel Spiro', 'PER')
d.ent('Robert Brout', 'PER')
d.ent('François Englert', 'PER')
d.ent('Peter Higgs', 'PER')
# eponymous particle name: the person reading is doubtful
d.ent('Brout-Englert-Higgs', 'PER', optional=True)
d.ents('Higgs', 'PER', optional=True)

if __name__ == '__main__':
    d.write()
