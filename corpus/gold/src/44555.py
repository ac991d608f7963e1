"""Chômage : Le nombre d'emplois menacés est de 75 000 selon la CGT (2012-07-05)."""
from goldlib import Doc

d = Doc('44555', '2012-07-05', 'train')
E, Q = d.ent, d.q

# entities
d.ent('Confédération générale du travail', 'ORG')
d.ents('CGT', 'ORG')
d.ent('Air France', 'ORG')
d.ent('Sanofi', 'ORG')
d.ent('PSA', 'ORG')
d.ent('Bouygues Telecom', 'ORG')
d.ent('SFR', 'ORG')
d.ent('Free Mobile', 'ORG')
d.ent('Bernard Thibault', 'PER')

# quantities (+ facts)
Q('75 000', 'count', 75000, 'emploi', at='menacés est de ', f=('EMPLOY', None, None, None))
Q('5 juillet 2012', 'date', '2012-07-05')
Q('75 000', 'count', 75000, 'emploi', at='estime à ', f=('EMPLOY', None, None, None))
Q('45 000', 'count', 45000, 'emploi', f=('EMPLOY', None, None, '2012-05'))
Q('mois de mai', 'date', '2012-05')
Q('5 122', 'count', 5122, 'poste', f=('EMPLOY', None, None, '2015-12'))
Q('décembre 2015', 'date', '2015-12')
Q('de 1 000 à 4 000', 'count', 1000, 'emploi', approx='range', value_max=4000,
  f=('EMPLOY', None, None, None))
Q('2 000 000 000 €', 'money', 2000000000, 'EUR', f=('OTHER', None, None, None))
Q('de 8 000 à 10 000', 'count', 8000, 'poste', approx='range', value_max=10000,
  f=('EMPLOY', None, None, None))
Q('mardi', 'date', '2012-07-03', optional=True)
Q('556', 'count', 556, 'poste', f=('EMPLOY', None, None, '2012-07-03'))
Q('9 800', 'count', 9800, 'salarié', f=('EMPLOY', None, None, None))
Q('1 000', 'count', 1000, 'poste', at='pourrait supprimer ', f=('EMPLOY', None, None, None))
Q('9 et 10 juillet', 'date', '2012-07-09', approx='range', value_max='2012-07-10')
Q('mars 2013', 'date', '2013-03')

if __name__ == '__main__':
    d.write()
