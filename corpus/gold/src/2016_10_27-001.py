"""Burundi : le point sur la sanction financière de l'UE relative à l'AMISOM (2016-10-27)."""
from goldlib import Doc

d = Doc('2016_10_27-001', '2016-10-27', 'holdout2', source='winer-fr/dev', entities=False)
Q = d.q

# "premier vice-président" is a title, not a quantity.
Q('27 octobre 2016', 'date', '2016-10-27')
Q('mars 2016', 'date', '2016-03', at='Déjà en ')
# Aid interrupted (cut off) -> AFFECT; "burundais" is an adjective: no location.
Q("432 millions d'euros", 'money', 432000000, 'EUR', f=('AFFECT', None, None, '2016-03'))
Q('20 %', 'percent', 20, '%', at='(')
Q("environ 5 millions d'euros", 'money', 5000000, 'EUR', approx='approx', f=('COST', None, None, None))
Q('31 mars 2016', 'date', '2016-03-31')
Q('80 %', 'percent', 80, '%')
Q('20 %', 'percent', 20, '%', at='conserve ')
Q('22 octobre 2016', 'date', '2016-10-22')
Q('plus de 9 mois', 'duration', 'P9M', approx='min')

if __name__ == '__main__':
    d.write()
