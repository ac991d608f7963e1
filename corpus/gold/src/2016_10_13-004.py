"""Burundi : Ban Ki-Moon appelle le pays à continuer sa collaboration avec l'ONUB (2016-10-13)."""
from goldlib import Doc

d = Doc('2016_10_13-004', '2016-10-13', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('13 octobre 2016', 'date', '2016-10-13')
Q('30 septembre 2016', 'date', '2016-09-30')
# investigation targeting twelve figures (not arrested, no verdict) -> OTHER
Q('douze', 'count', 12, 'personnalité', at='visant ', f=('OTHER', 'Burundi', 'BI', '2016-09-30'))
Q('avril 2015', 'date', '2015-04')
Q('douze', 'count', 12, 'personnalité', at='ces ', f=('OTHER', None, None, None))
Q('numéro deux', 'ordinal', 2, optional=True)
Q('hier', 'date', '2016-10-12', optional=True)
Q('12 octobre 2016', 'date', '2016-10-12')
Q('51', 'count', 51, 'personne', f=('EMPLOY', 'Bujumbura', 'BI', None))

if __name__ == '__main__':
    d.write()
