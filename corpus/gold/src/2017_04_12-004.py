"""France : Penelope Fillon aurait été rémunérée par un ministère dès 1980 (2017-04-12)."""
from goldlib import Doc

d = Doc('2017_04_12-004', '2017-04-12', 'train', source='winer-fr/train', entities=False)
Q = d.q

Q('1980', 'date', '1980', at=0)
Q('12 avril 2017', 'date', '2017-04-12')
Q("aujourd'hui", 'date', '2017-04-12', optional=True)
Q('1980', 'date', '1980', at='travailler dès ')
Q('1 er avril 1980', 'date', '1980-04-01')
# monthly wage paid until May 1981 (end date = fact date, as a deadline)
Q('6 000 francs', 'money', 6000, 'FRF', f=('OTHER', None, None, '1981-05'))
Q("plus d'un an", 'duration', 'P1Y', approx='min', optional=True)
Q('mai 1981', 'date', '1981-05')
Q('deux jours', 'duration', 'P2D')
Q('ce lundi', 'date', '2017-04-10', optional=True)
Q('1982', 'date', '1982')

if __name__ == '__main__':
    d.write()
