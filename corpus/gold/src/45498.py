"""Kateri Tekakwitha sera canonisée le 21 octobre 2012 (2012-10-18)."""
from goldlib import Doc

d = Doc('45498', '2012-10-18', 'ner-test', numbers=False)

d.ents('Kateri Tekakwitha', 'PER')
d.ent('Rome', 'LOC')
d.ent('Benoit XVI', 'PER')
d.ents('Église catholique', 'ORG')
d.ent('Vatican', 'LOC')
d.ents('Jean-Paul II', 'PER')
d.ent("François d'Assise", 'PER')
d.ent('Notre-Dame-de-Québec', 'LOC')
d.ents('Québec', 'LOC')
d.ent('Wendake', 'LOC')
d.ent('Jake Finkbonner', 'PER')
d.ent('New-York', 'LOC')
d.ent('Nouvelle-France', 'LOC')
d.ents('Kahnawake', 'LOC')

if __name__ == '__main__':
    d.write()
