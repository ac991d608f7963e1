"""Première journée du Forum mondial de la langue française (2012-07-02)."""
from goldlib import Doc

d = Doc('44499', '2012-07-02', 'ner-dev', numbers=False)

d.ents('Forum mondial de la langue française', 'EVENT')
d.ent('Forum', 'EVENT', at='Le ', optional=True)
d.ent('centre des Congrès de Québec', 'LOC', optional=True)
d.ents('Québec', 'LOC')
d.ent('Canada', 'LOC')
d.ent('Sommet des Chefs d’Etat et de gouvernement francophones', 'EVENT')
d.ent('Montreux', 'LOC')
d.ents('Cameroun', 'LOC')
d.ent('Kayrece Fotso', 'PER')
d.ent('Amérique française', 'LOC')
d.ent('facebook', 'ORG')
d.ent('twitter', 'ORG')
d.ent('skype', 'ORG', optional=True)
d.ent('Nigeria', 'LOC')
d.ent('Afrique du Sud', 'LOC')
d.ent('Ethiopie', 'LOC')
d.ent('Vietnam', 'LOC')

if __name__ == '__main__':
    d.write()
