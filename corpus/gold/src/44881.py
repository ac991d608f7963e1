"""Espagne : purge à la RTVE après l'arrivée de Rajoy au pouvoir (2012-08-07)."""
from goldlib import Doc

d = Doc('44881', '2012-08-07', 'ner-dev', numbers=False)

d.ents('Espagne', 'LOC')
d.ents('RTVE', 'ORG')
d.ent('Mariano Rajoy', 'PER')
d.ents('Rajoy', 'PER')
d.ents('TVE', 'ORG')
d.ent('Ana Pastor García', 'PER')
d.ent('Ana Pastor', 'PER', at='la fin, ')
d.ents('Pastor', 'PER')
d.ent('Los desayunos', 'PRODUCT')
d.ent('María Dolores de Cospedal', 'PER')
d.ents('PP', 'ORG')
d.ent('El Punt Avui', 'PRODUCT')
d.ent('Parti populaire', 'ORG')
d.ent('Leopoldo González Echenique', 'PER')
d.ents('Echenique', 'PER')
d.ent('Julio Somoano', 'PER')
d.ent('Telenotícies 1', 'PRODUCT')
d.ent('Fran Llorente', 'PER')
d.ent('Twitter', 'ORG')
d.ent('Alfredo Pérez Rubalcaba', 'PER')
d.ent('PSOE', 'ORG')
d.ent('Congrès', 'ORG')
d.ent('Libération', 'PRODUCT')

if __name__ == '__main__':
    d.write()
