"""Des milliers de personnes secourues en mer Méditerranée (2016-05-27, a Friday)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2016_05_27-001', '2016-05-27', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

WED, THU = '2016-05-25', '2016-05-26'
# headline "Des milliers de" / lead "des centaines": no definite value, not quantities
# 12 000 rescued over the whole wave (several days): date null
Q('Environ 12 000', 'count', 12000, 'personne', approx='approx', f=('RESCUE', 'Libye', 'LY', None))
Q('27 mai 2016', 'date', '2016-05-27')
# boats reported in distress "actuellement" -> AFFECT, article date
Q('Une quinzaine', 'count', 15, 'embarcation', approx='approx', f=('AFFECT', None, None, '2016-05-27'))
Q('une centaine', 'count', 100, 'disparu', approx='approx', at='fait ', f=('MISSING', None, None, WED))
Q('550', 'count', 550, 'rescapé', f=('RESCUE', None, None, WED))
Q('mercredi', 'date', WED, optional=True)
# Porto Empedocle is where survivors landed (destination), not where they went missing
Q("une centaine", 'count', 100, 'disparu', approx='approx', at="parlé d’", f=('MISSING', None, None, WED))
Q('de 20 à 30', 'count', 20, 'mort', approx='range', value_max=30, f=('KILL', None, None, THU))
Q('jeudi', 'date', THU, optional=True)
Q('plus de 4000', 'count', 4000, 'personne', approx='min', f=('RESCUE', None, None, THU))
# "350 personnes à la mer": people overboard -> MISSING; no day stated
Q('350', 'count', 350, 'personne', f=('MISSING', None, None, None))
# migrant arrivals -> DISPLACE (migrants/refugees); period "depuis le début de l'année" = 2016
Q('37 785', 'count', 37785, 'personne', f=('DISPLACE', 'Italie', 'IT', '2016'))
Q("début de l'année", 'date', '2016-01', optional=True)
Q('1370', 'count', 1370, 'personne', f=('KILL', 'Méditerranée', None, '2016'))  # elided: personnes
Q('avril 2015', 'date', '2015-04')
Q('quelque 800', 'count', 800, 'mort', approx='approx', f=('KILL', None, None, '2015-04'))

if __name__ == '__main__':
    d.write()
