"""États-Unis : Trump annonce la création de 8 000 emplois (2016-12-29)."""
from goldlib import Doc

d = Doc('2016_12_29-004', '2016-12-29', 'train', source='winer-fr/train', entities=False)
Q = d.q

US = ('États-Unis', 'US')
S = '2018-03'  # Sprint's 5 000 jobs, "d'ici à la fin mars 2018"
Q('8 000', 'count', 8000, 'emploi', at='création de ', f=('EMPLOY',) + US + (None,))
Q('29 décembre 2016', 'date', '2016-12-29')
Q('hier', 'date', '2016-12-28', optional=True)
Q('8 000', 'count', 8000, 'emploi', at='relocaliser ', f=('EMPLOY',) + US + (None,))
Q('début du mois', 'date', '2016-12', optional=True)
Q('50 milliards de dollars', 'money', 50000000000, 'USD', f=('COST',) + US + (None,))
Q("47,8 milliards d'euros", 'money', 47800000000, 'EUR', f=('COST',) + US + (None,))
Q('50 000', 'count', 50000, 'emploi', f=('EMPLOY',) + US + (None,))
Q('janvier', 'date', '2016-01', at='annoncé en ')
Q('2 500', 'count', 2500, 'employé', f=('EMPLOY', None, None, '2016-01'))
Q('2,5 milliards de dollars', 'money', 2500000000, 'USD', f=('OTHER', None, None, '2016-01'))
Q('5 000', 'count', 5000, 'emploi', at='communiqué que ', f=('EMPLOY',) + US + (S,))
Q('fin mars 2018', 'date', S)
Q('3 000', 'count', 3000, 'emploi', f=('EMPLOY', 'Floride', 'US', None))
Q('5\u2009000', 'count', 5000, 'emploi', f=('EMPLOY',) + US + (S,))
Q('3\u2009 000', 'count', 3000, 'personne', f=('EMPLOY', None, None, None))
Q('20 janvier', 'date', '2017-01-20')

if __name__ == '__main__':
    d.write()
