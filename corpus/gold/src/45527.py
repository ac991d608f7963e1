"""Égypte : une journaliste de France 24 victime d'une violente agression au Caire (2012-10-20)."""
from goldlib import Doc

d = Doc('45527', '2012-10-20', 'ner-test', numbers=False)

d.ent('Égypte', 'LOC')
d.ent('Egypte', 'LOC')
d.ents('France 24', 'ORG')
d.ents('France', 'LOC')
d.ents('Caire', 'LOC')
d.ents('Sonia Dridi', 'PER')
d.ents('place Tahrir', 'LOC')
d.ent('Ashraf Khalil', 'PER')

if __name__ == '__main__':
    d.write()
