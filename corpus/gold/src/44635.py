"""France : PSA va supprimer 8 000 emplois (2012-07-12)."""
from goldlib import Doc

d = Doc('44635', '2012-07-12', 'train')
Q = d.q

d.ent('PSA Peugeot Citroën', 'ORG')
d.ents('PSA', 'ORG')
d.ents('France', 'LOC')
d.ent('Aulnay-sous-Bois', 'LOC')
d.ent('Rennes', 'LOC')
d.ents('Philippe Varin', 'PER')
d.ent('Jean-Marc Ayrault', 'PER')
d.ent('Arnaud Montebourg', 'PER')
d.ent('Sénat', 'ORG')
d.ent('État', 'ORG', optional=True)

Q('8 000', 'count', 8000, 'emploi', at='supprimer ', f=('EMPLOY', 'France', 'FR', None))
Q('12 juillet 2012', 'date', '2012-07-12')
Q('pas moins de 8 000', 'count', 8000, 'poste', approx='min', f=('EMPLOY', 'France', 'FR', None))
Q('2014', 'date', '2014')
Q('3 000', 'count', 3000, 'emploi', f=('EMPLOY', 'Aulnay-sous-Bois', 'FR', '2014'))
Q('1 600', 'count', 1600, 'emploi', f=('EMPLOY', 'Rennes', 'FR', None))
Q('3 600', 'count', 3600, 'emploi', f=('EMPLOY', None, None, None))
Q('15,2 %', 'percent', 15.2, '%')
Q('premier semestre 2012', 'date', '2012-01', approx='range', value_max='2012-06', at='marché européen au ')
Q('- 33 %', 'percent', -33, '%')
Q('premier semestre 2012', 'date', '2012-01', approx='range', value_max='2012-06', at='pour le ')
Q('- 60 %', 'percent', -60, '%')
Q('2011', 'date', '2011')

if __name__ == '__main__':
    d.write()
