"""Le journaliste Gilles Jacquier aurait été victime d'une bavure des rebelles syriens (2012-07-18)."""
from goldlib import Doc

d = Doc('44672', '2012-07-18', 'ner-test', numbers=False)

d.ents('Gilles Jacquier', 'PER')
d.ents('Jacquier', 'PER')
d.ent('Le Figaro', 'PRODUCT')
d.ent('France 2', 'ORG')
d.ents('Homs', 'LOC')
d.ent('ministère de la Défense', 'ORG')
d.ent('ministères des Affaires étrangères et de la Défense', 'ORG', optional=True)
d.ent('Paris', 'LOC')
d.ent('DCRI', 'ORG')
d.ent('DGSE', 'ORG')
d.ent('France', 'LOC', at='ambassade de ')
d.ent('Damas', 'LOC')
d.ents('Ligue arabe', 'ORG')

if __name__ == '__main__':
    d.write()
