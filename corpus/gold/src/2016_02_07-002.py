"""Journée internationale vélo-boulot d'hiver de 2016 (2016-02-07)."""
from goldlib import Doc

d = Doc('2016_02_07-002', '2016-02-07', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('2016', 'date', '2016', at='hiver de ')
Q('7 février 2016', 'date', '2016-02-07', at=0)
Q('12 février', 'date', '2016-02-12')
Q('2016', 'date', '2016', at=') édition ')
Q('10 813', 'count', 10813, 'personne', f=('PARTICIPATE', None, None, '2015'))
Q('2015', 'date', '2015')
Q('environ 4600', 'count', 4600, 'personne', approx='approx', f=('PARTICIPATE', None, None, '2016'))
Q('2016', 'date', '2016', at="l'édition ")
Q('cette année', 'date', '2016', optional=True)
Q('7 février 2016 à 19:15', 'datetime', '2016-02-07T19:15')
Q('au dessus de 0°c', 'measure', 0, '°C', approx='min')
Q('-10°c à -20°c', 'measure', -20, '°C', approx='range', value_max=-10)

if __name__ == '__main__':
    d.write()
