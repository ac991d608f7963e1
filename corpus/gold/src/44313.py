"""France : lancement des Journées de l'archéologie (2012-06-22)."""
from goldlib import Doc

d = Doc('44313', '2012-06-22', 'ner-test', numbers=False)

d.ents("Journées de l'archéologie", 'EVENT')
d.ent('ministère de la Culture et de la Communication', 'ORG')
d.ent('Inrap', 'ORG')
d.ent('Fondation EDF', 'ORG')
d.ent('Bouygues Travaux Publics', 'ORG')
d.ent('Réseau Ferré de France', 'ORG')
d.ent('CEMEX', 'ORG')
d.ent('Monde', 'PRODUCT', at='partenariat du ')
d.ent('Télérama', 'PRODUCT')
d.ent('Journal des Arts', 'PRODUCT')
d.ent('Gazette des Communes', 'PRODUCT')
d.ent('Archéologia', 'PRODUCT')
d.ent('France 5', 'ORG')
d.ent('France Culture', 'ORG')
d.ent('Histoire', 'ORG', at='chaîne ')
d.ent('Ouest France', 'PRODUCT')
d.ents('France', 'LOC')
d.ent('Basse-Normandie', 'LOC')
d.ent('Bretagne', 'LOC')
d.ent('Pays de la Loire', 'LOC')

if __name__ == '__main__':
    d.write()
