"""Afghanistan : l'armée française transfère le contrôle de la Kapisa à l'armée afghane (2012-07-04)."""
from goldlib import Doc

d = Doc('44530', '2012-07-04', 'ner-dev', numbers=False)

d.ents('Afghanistan', 'LOC')
d.ents('Kapisa', 'LOC')
d.ent('Mahmood-e-Raqi', 'LOC')
d.ents('OTAN', 'ORG')
d.ents('France', 'LOC')
d.ent('Bernard Bajolet', 'PER')
d.ent('François Hollande', 'PER')

if __name__ == '__main__':
    d.write()
