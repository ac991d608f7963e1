"""Air Méditerranée placée en liquidation judiciaire (2016-02-16)."""
from goldlib import Doc

d = Doc('2016_02_16-001', '2016-02-16', 'train', source='winer-fr/train', entities=False)
Q = d.q

H = '2016-02-15'  # the liquidation hearing, "hier"
# "Airbus A321", "Boeing 737-500" are names: only "cinq" and "un" are counts.
Q('16 février 2016', 'date', '2016-02-16')
Q('hier', 'date', H, optional=True)
Q('plus de 200', 'count', 200, 'personne', approx='min', f=('EMPLOY', None, None, None))
Q('janvier 2015', 'date', '2015-01')
Q('1997', 'date', '1997')
Q('2011', 'date', '2011')
Q('cinq', 'count', 5, 'airbus a321', f=('OTHER', None, None, None))   # fleet
Q('un', 'count', 1, 'boeing 737-500', at='A321 et ', optional=True, f=('OTHER', None, None, None))
Q('un', 'count', 1, 'candidat', at="plus qu'", f=('OTHER', None, None, H))  # "plus qu'un" = only one
Q("2,3 millions d'euros", 'money', 2300000, 'EUR', f=('COST', None, None, H))  # takeover deposit required
Q("aujourd'hui", 'date', '2016-02-16', optional=True)

if __name__ == '__main__':
    d.write()
