"""Expulsé d'al-Bab, Daech perd le nord de la Syrie (2017-02-24)."""
from goldlib import Doc

d = Doc('2017_02_24-002', '2017-02-24', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

N = '2017-02-24'  # the bombing "le lendemain" of 23 February
# losses of the whole ~110-day battle: no single date; "en Syrie" is the sentence's place
L = ('KILL', 'Syrie', 'SY', None)
Q('24 février 2017', 'date', '2017-02-24')
Q('Hier 23 février', 'date', '2017-02-23')
Q('près de 110 jours', 'duration', 'P110D', approx='approx')
Q('57', 'count', 57, 'soldat', f=L)
Q('plus de 400', 'count', 400, 'rebelle', approx='min', f=L)
Q('24 août 2016', 'date', '2016-08-24')
Q('lendemain', 'date', N, optional=True)
Q('près de 30', 'count', 30, 'personne', approx='approx', f=('KILL', None, None, N))
Q('deux', 'count', 2, 'soldat', at='dont ', f=('KILL', None, None, N))
Q('second', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
