"""L'ONU met fin à la mission des Casques bleus en Haïti (2017-04-13)."""
from goldlib import Doc

d = Doc('2017_04_13-001', '2017-04-13', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('13 avril 2017', 'date', '2017-04-13')
Q('2370', 'count', 2370, 'soldat', f=('PARTICIPATE', 'Haïti', 'HT', None))  # staff of the mission
Q('13 ans', 'duration', 'P13Y')
Q('2004', 'date', '2004')
Q('2010', 'date', '2010')
Q('plus de 9000', 'count', 9000, 'mort', approx='min', f=('KILL', None, None, '2010'))
Q('15 octobre', 'date', '2017-10-15')
Q('346 millions $US', 'money', 346000000, 'USD', f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
