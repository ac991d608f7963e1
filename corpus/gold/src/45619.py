"""Des scientifiques russes affirment avoir découvert des poils de yéti (2012-10-31)."""
from goldlib import Doc

d = Doc('45619', '2012-10-31', 'ner-test', numbers=False)

d.ent("Université d'État d'hydrométéorologie de Russie", 'ORG')
d.ents('Sibérie', 'LOC')
d.ents('Russie', 'LOC')
d.ent('États-Unis', 'LOC')
d.ent('RIA Novosti', 'ORG')
d.ent('Valentine Sapounov', 'PER')
d.ents('V. Sapounov', 'PER')
d.ent("grotte d'Azass", 'LOC')
d.ents('Kouzbass', 'LOC')

if __name__ == '__main__':
    d.write()
