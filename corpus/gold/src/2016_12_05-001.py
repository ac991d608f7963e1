"""France : le Parti socialiste ne compterait plus que 42 300 adhérents (2016-12-05)."""
from goldlib import Doc

d = Doc('2016_12_05-001', '2016-12-05', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# Party members -> PARTICIPATE ("membres"); current totals undated (like workforce totals).
# "premier secrétaire" is a title; "Europe 1" a name.
Q('42 300', 'count', 42300, 'adhérent', at=0, f=('PARTICIPATE', 'France', 'FR', None))
Q('5 décembre 2016', 'date', '2016-12-05')
Q('42 300', 'count', 42300, 'adhérent', at=1, f=('PARTICIPATE', None, None, None))
Q('120 000', 'count', 120000, 'adhérent', f=('PARTICIPATE', None, None, None))
Q('160 128', 'count', 160128, 'adhérent', f=('PARTICIPATE', None, None, '2014'))
Q('2014', 'date', '2014')
Q('131 000', 'count', 131000, 'adhérent', f=('PARTICIPATE', None, None, '2015'))
Q('2015', 'date', '2015')
Q("l'année", 'date', '2016', at='début de ', optional=True)
Q('entre 60 et 80 000', 'count', 60000, 'militant', approx='range', value_max=80000,
  f=('PARTICIPATE', None, None, '2016'))
Q('divisé par 10', 'number', 10)
Q('2011', 'date', '2011')
Q('500 000', 'count', 500000, 'adhérent', f=('PARTICIPATE', None, None, '2011'))

if __name__ == '__main__':
    d.write()
