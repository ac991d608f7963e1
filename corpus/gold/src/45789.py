"""Vendée Globe : Kito de Pavant, heurté par un chalutier, abandonne (2012-11-12)."""
from goldlib import Doc

d = Doc('45789', '2012-11-12', 'ner-test', numbers=False)

d.ents('Vendée Globe', 'EVENT')
d.ent('vendée Globe', 'EVENT')
d.ents('Kito de Pavant', 'PER')
d.ent('De Pavant', 'PER')
d.ent('Marc Guillemot', 'PER')
d.ent('AIS', 'PRODUCT', optional=True)
d.ent('Groupe Bel', 'PRODUCT', optional=True)
d.ent('Cascais', 'LOC')
d.ent('Portugal', 'LOC')
d.ent('François Gabart', 'PER')
d.ent('Armel Le Cléac´h', 'PER')
d.ent('Vincent Riou', 'PER')

if __name__ == '__main__':
    d.write()
