"""Portugal : un « alphabet » des couleurs pour les daltoniens (2012-06-22)."""
from goldlib import Doc

d = Doc('44321', '2012-06-22', 'ner-dev', numbers=False)

d.ents('Portugal', 'LOC')
d.ents('Porto', 'LOC')
d.ents('ColorADD', 'PRODUCT')
d.ents('Miguel Neiva', 'PER')
d.ent('Miguel Nerva', 'PER')
d.ent('Sao Joao', 'LOC')
d.ent('Poste portugaise', 'ORG', optional=True)
d.ent('jeux olympiques de Rio de Janeiro', 'EVENT')

if __name__ == '__main__':
    d.write()
