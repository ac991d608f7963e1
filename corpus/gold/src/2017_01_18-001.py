"""France : EDF va fermer toutes ses boutiques (2017-01-18)."""
from goldlib import Doc

d = Doc('2017_01_18-001', '2017-01-18', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

Q('18 janvier 2017', 'date', '2017-01-18')
Q('2019', 'date', '2019', at='ici ')
Q('420', 'count', 420, 'suppression', f=('EMPLOY', None, None, '2019'))   # deadline "d'ici 2019"
Q('77', 'count', 77, 'boutique', f=('AFFECT', None, None, '2017-01-18'))   # to be closed; "ouvertes aujourd'hui"
Q("aujourd'hui", 'date', '2017-01-18', optional=True)
Q('110', 'count', 110, 'boutique', f=('OTHER', None, None, '2013'))
Q('2013', 'date', '2013')
Q('deux ans', 'duration', 'P2Y')
Q('2 000', 'count', 2000, 'salarié', f=('EMPLOY', None, None, None))
Q('12 000', 'count', 12000, 'salarié', f=('EMPLOY', None, None, None))
Q('2019', 'date', '2019', at='pour ')
Q('8 000', 'count', 8000, 'salarié', f=('EMPLOY', None, None, '2019'))

if __name__ == '__main__':
    d.write()
