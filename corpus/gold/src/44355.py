"""Égypte : Mohamed Morsi élu président (2012-06-24)."""
from goldlib import Doc

d = Doc('44355', '2012-06-24', 'ner-dev', numbers=False)

d.ents('Égypte', 'LOC')
d.ents('Mohamed Morsi', 'PER')
d.ent('Frère musulman', 'ORG', optional=True)
d.ent('Ahmad Chafiq', 'PER')
d.ent('Hosni Moubarak', 'PER')
d.ent('place Tahrir', 'LOC')
d.ent('monde arabe', 'LOC', optional=True)
d.ent('Frères musulmans', 'ORG')

if __name__ == '__main__':
    d.write()
