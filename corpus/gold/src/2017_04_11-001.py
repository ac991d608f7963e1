"""États-Unis : l'expulsion musclée d'un passager d'United Airlines soulève une polémique (2017-04-11)."""
from goldlib import Doc

d = Doc('2017_04_11-001', '2017-04-11', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-04-09'   # "Dimanche" (article of Tuesday 11 April)
T = '2017-04-11'   # "mardi"
# "vol United Express 3411" is an identifier; "UTC-5" a time zone; "Une des passagères" like "l'un des".
Q('un', 'count', 1, 'passager', at="musclée d'", optional=True, f=('DISPLACE', 'États-Unis', 'US', D))
Q('11 avril 2017', 'date', T)
Q('Dimanche', 'date', D, optional=True)
Q('vers 18:00', 'time', '18:00', approx='approx')
Q('quatre', 'count', 4, 'passager', at=0, f=('AFFECT', 'Chicago', 'US', D))   # expelled from the flight
Q('quatre', 'count', 4, 'membre', at='place à ', f=('OTHER', 'Chicago', 'US', D))
Q('un', 'count', 1, 'homme', at='Parmi eux, ', optional=True, f=('DISPLACE', 'Chicago', 'US', D))  # "évacué de force"
Q('69 ans', 'age', 69, 'year')
Q('3 heures', 'duration', 'PT3H')
Q('120 millions', 'count', 120000000, 'vue', f=('OTHER', None, None, T))
Q('mardi', 'date', T, at='sujet ', optional=True)
Q('environs 60 000', 'count', 60000, 'commentaire', approx='approx', f=('OTHER', 'Chine', 'CN', None))
Q("environ 900 millions de dollars", 'money', 900000000, 'USD', approx='approx', f=('OTHER', None, None, None))
Q('22,5 milliards', 'money', 22500000000, 'USD', f=('OTHER', None, None, None))
Q('21,6 milliards', 'money', 21600000000, 'USD', f=('OTHER', None, None, None))
Q('4 %', 'percent', 4, '%')
Q('71,50 $ américains', 'money', 71.5, 'USD', f=('OTHER', None, None, '2017-04-10'))
Q('la veille', 'date', '2017-04-10', optional=True)
Q('68,65 $US', 'money', 68.65, 'USD', f=('OTHER', None, None, T))
Q('mardi', 'date', T, at='mi-journée ', optional=True)

if __name__ == '__main__':
    d.write()
