"""Tennis : victoire de Serena Williams à Wimbledon (2012-07-07)."""
from goldlib import Doc

d = Doc('44589', '2012-07-07', 'ner-test', numbers=False)

d.ents('Serena Williams', 'PER')
d.ents('Williams', 'PER')
d.ents('Wimbledon', 'EVENT')
d.ent('Agnieszka Radwanska', 'PER')
d.ent('Grand Chelem', 'EVENT')
d.ent('grand chelem', 'EVENT', optional=True)
d.ent('ATP', 'ORG')

if __name__ == '__main__':
    d.write()
