"""Camfranglais évoqué au Forum mondial de la langue française (2012-07-03)."""
from goldlib import Doc

d = Doc('44507', '2012-07-03', 'ner-dev', numbers=False)

d.ents('Forum mondial de la langue française', 'EVENT')
d.ent('Forum', 'EVENT', at='le ', optional=True)
d.ents('Québec', 'LOC')
d.ent('centre des Congrès', 'LOC', optional=True)
d.ent('Léa Fongang', 'PER')
d.ent('Francophonie', 'ORG')
d.ent('Abdou Diouf', 'PER')
d.ent('Internet', 'PRODUCT', optional=True)
d.ent('Afrique', 'LOC')

if __name__ == '__main__':
    d.write()
