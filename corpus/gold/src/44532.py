"""Union européenne : ACTA rejeté par le Parlement européen (2012-07-04)."""
from goldlib import Doc

d = Doc('44532', '2012-07-04', 'ner-test', numbers=False)

d.ents('Union européenne', 'ORG')
d.ents('ACTA', 'PRODUCT', optional=True)
d.ents('Parlement européen', 'ORG')
for w in ('États-Unis', 'Japon', 'Canada', 'Australie', 'Nouvelle-Zélande',
          'Singapour', 'Corée du Sud', 'Suisse', 'Mexique', 'Maroc'):
    d.ent(w, 'LOC')
d.ent('Jérémie Zimmermann', 'PER')
d.ent('Quadrature du Net', 'ORG')
d.ent('PPE', 'ORG')
d.ent('Europe', 'LOC', at='intellectuelle en ')
d.ent('April', 'ORG')
d.ent('David Martin', 'PER')

if __name__ == '__main__':
    d.write()
