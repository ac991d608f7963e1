"""Des milliers de personnes secourues en mer Méditerranée (2016-05-27)."""
from goldlib import Doc

d = Doc('2016_05_27-001', '2016-05-27', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

A = '2016-05-27'   # article date (Friday): "actuellement"
W = '2016-05-25'   # "mercredi": the trawler shipwreck
J = '2016-05-26'   # "jeudi": the other shipwreck
# "Des milliers de personnes", "des centaines ont été portées disparues": no definite value.
Q('Environ 12 000', 'count', 12000, 'personne', approx='approx', f=('RESCUE', 'Libye', 'LY', None))
Q('27 mai 2016', 'date', A)
Q("Une quinzaine", 'count', 15, 'embarcation', approx='approx', f=('AFFECT', None, None, A))  # in distress
Q('un', 'count', 1, 'chalutier', at="alors qu'", optional=True, f=('AFFECT', None, None, W))
Q('une centaine', 'count', 100, 'disparu', approx='approx', at='fait ', f=('MISSING', None, None, W))
Q('550', 'count', 550, 'rescapé', f=('RESCUE', None, None, W))
Q('mercredi', 'date', W, optional=True)
# Porto Empedocle is where the survivors landed, not where they went missing.
Q('une centaine', 'count', 100, 'disparu', approx='approx', at='d’', f=('MISSING', None, None, W))
Q('Un', 'count', 1, 'naufrage', at='. ', optional=True, f=('OTHER', None, None, J))
Q('de 20 à 30', 'count', 20, 'mort', approx='range', value_max=30, f=('KILL', None, None, J))
Q('jeudi', 'date', J, optional=True)
Q('plus de 4000', 'count', 4000, 'personne', approx='min', f=('RESCUE', None, None, J))
Q('350', 'count', 350, 'personne', f=('MISSING', None, None, None))  # "à la mer"
Q('37 785', 'count', 37785, 'personne', f=('OTHER', 'Italie', 'IT', '2016'))  # arrivals
Q("l'année", 'date', '2016', optional=True)
Q('1370', 'count', 1370, 'personne', f=('KILL', 'Méditerranée', None, '2016'))
Q('avril 2015', 'date', '2015-04')
Q('quelque 800', 'count', 800, 'mort', approx='approx', f=('KILL', None, None, '2015-04'))

if __name__ == '__main__':
    d.write()
