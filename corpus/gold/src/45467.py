"""Corse : Assassinat de Antoine Sollacaro, avocat de Yvan Colonna (2012-10-16)."""
from goldlib import Doc

d = Doc('45467', '2012-10-16', 'ner-dev', numbers=False)

d.ents('Antoine Sollacaro', 'PER')
d.ents('Sollacaro', 'PER')
d.ents('Yvan Colonna', 'PER')
d.ents('Corse-du-Sud', 'LOC')
d.ents('Corse', 'LOC')
d.ent('Claude Érignac', 'PER')
d.ent('Claude Erignac', 'PER')
d.ent('Ajaccio', 'LOC')
d.ent('îles Sanguinaires', 'LOC')
d.ent('BFM TV', 'ORG')
d.ent("Cour d'assises", 'ORG', optional=True)
d.ent('Bernard Bonnet', 'PER')
d.ent('Gilles Simeoni', 'PER')
d.ent('Figaro', 'PRODUCT')

if __name__ == '__main__':
    d.write()
