"""États-Unis : l'expulsion musclée d'un passager d'United Airlines (2017-04-11)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_04_11-001', '2017-04-11', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-04-09'   # "Dimanche": the flight
T = '2017-04-11'   # "mardi": views, comments, share price
CH = ('Chicago', 'US')   # flight "partant de Chicago" (Louisville is the destination)
# Headline "d'un passager": indefinite, optional participant (expelled -> DISPLACE, as the body's "évacué")
Q('un', 'count', 1, 'passager', at="musclée d'", optional=True,
  f=('DISPLACE', 'États-Unis', 'US', S))
Q('11 avril 2017', 'date', T)
Q('Dimanche', 'date', S, optional=True)             # bare weekday
Q('vers 18:00', 'time', '18:00', approx='approx')   # "UTC-5" left out
# passengers removed from the flight: "expulsés" ~ évacuer -> DISPLACE
Q('quatre', 'count', 4, 'passager', at=', ', f=('DISPLACE',) + CH + (S,))
Q('quatre', 'count', 4, 'membre', at='place à ', f=('OTHER',) + CH + (S,))   # crew taking the seats
Q('un', 'count', 1, 'homme', at='Parmi eux, ', optional=True, f=('DISPLACE',) + CH + (S,))
Q('69 ans', 'age', 69, 'year')
Q('3 heures', 'duration', 'PT3H')
# views of the Weibo topic and comments "en Chine sur Weibo"
Q('120 millions', 'count', 120000000, 'vue', f=('OTHER', 'Chine', 'CN', T))
Q('mardi', 'date', T, at='sujet ', optional=True)
Q('environs 60 000', 'count', 60000, 'commentaire', approx='approx', f=('OTHER', 'Chine', 'CN', T))
# market value drop: not a cost, not a theft -> OTHER
Q("environ 900 millions de dollars", 'money', 900000000, 'USD', approx='approx', f=('OTHER', None, None, T))
Q('22,5 milliards', 'money', 22500000000, 'USD', f=('OTHER', None, None, None))   # value before the drop
Q('21,6 milliards', 'money', 21600000000, 'USD', f=('OTHER', None, None, T))
Q('4 %', 'percent', 4, '%')
Q('71,50 $ américains', 'money', 71.5, 'USD', f=('OTHER', None, None, '2017-04-10'))
Q('la veille', 'date', '2017-04-10', optional=True)
Q('68,65 $US', 'money', 68.65, 'USD', f=('OTHER', None, None, T))
Q('mardi', 'date', T, at='mi-journée ', optional=True)

if __name__ == '__main__':
    d.write()
