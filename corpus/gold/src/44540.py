"""Mali : des citoyens appellent à libérer le nord du pays (2012-07-04)."""
from goldlib import Doc

d = Doc('44540', '2012-07-04', 'dev')
Q = d.q

d.ent('Communauté économique des États d\'Afrique de l\'Ouest', 'ORG')
d.ents('Mali', 'LOC')
d.ent('Bamako', 'LOC')
d.ent('Oumar Maïga', 'PER')
d.ent('Nock Ag Attia', 'PER')
d.ent('MNLA', 'ORG')
d.ent('Mujao', 'ORG')
d.ent('Al-Qaïda', 'ORG')
d.ent('Fatoumata Maïga', 'PER')
d.ents('CEDEAO', 'ORG')
d.ent('Ougadougou', 'LOC')
d.ent('ONU', 'ORG')
d.ent('Gao', 'LOC')

Q('4 juillet 2012', 'date', '2012-07-04')
Q('Environ 2 000', 'count', 2000, 'citoyen', approx='approx', f=('PROTEST', 'Bamako', 'ML', '2012-07-04'))
Q('trois mois', 'duration', 'P3M')
Q("aujourd'hui", 'date', '2012-07-04', optional=True)

if __name__ == '__main__':
    d.write()
