"""Syrie : Human Rights Watch dénonce les actes de torture (2012-07-03)."""
from goldlib import Doc

d = Doc('44510', '2012-07-03', 'ner-dev', numbers=False)

d.ents('Syrie', 'LOC')
d.ents('Human Rights Watch', 'ORG')
d.ents('HRW', 'ORG')
d.ent('Nadim Houry', 'PER')
d.ent('Ole Solvang', 'PER')
d.ent('Archipel des tortures', 'PRODUCT', optional=True)
for w in ('Damas', 'Homs', 'Idlib', 'Latakia', 'Daraa', 'Alep'):
    d.ent(w, 'LOC')
d.ent('service des renseignements militaires', 'ORG', optional=True)
d.ent('direction de la sécurité politique', 'ORG', optional=True)
d.ent('direction des renseignements généraux', 'ORG', optional=True)
d.ent('direction des renseignements aériens', 'ORG', optional=True)
d.ents('Cour pénale internationale', 'ORG')
d.ent('CPI', 'ORG')
d.ent("Conseil de sécurité de l'ONU", 'ORG')
d.ent('Conseil de sécurité', 'ORG', at='efforts du ')
d.ent('Russie', 'LOC')
d.ent('Chine', 'LOC')

if __name__ == '__main__':
    d.write()
