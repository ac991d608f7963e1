"""France : disparition de Thierry Roland (2012-06-16)."""
from goldlib import Doc

d = Doc('44231', '2012-06-16', 'ner-dev', numbers=False)

d.ents('Thierry Roland', 'PER')
d.ents('Jean-Michel Larqué', 'PER')
d.ents('France', 'LOC')
d.ent('Bulgarie', 'LOC')
d.ent('Foote', 'PER')
d.ent('Stade 2', 'PRODUCT')
d.ent('TF1', 'ORG')
d.ent('AS Saint-Étienne', 'ORG')
d.ent('Jean-Mimi', 'PER')
d.ent('Thierry', 'PER', at='Tout à fait ')
d.ent('Coupe du Monde de football', 'EVENT')
d.ent('Tricolores', 'ORG', optional=True)
d.ent('Euro 2012', 'EVENT')

if __name__ == '__main__':
    d.write()
