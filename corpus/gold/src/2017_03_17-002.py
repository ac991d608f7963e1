"""Cameroun : libération de 5 000 otages de Boko Haram (2017-03-17)."""
from goldlib import Doc

d = Doc('2017_03_17-002', '2017-03-17', 'train', source='winer-fr/train', entities=False)
Q = d.q

OP = '2017'  # operation of 26 February to 7 March 2017: smallest ISO grain holding it
Q('5 000', 'count', 5000, 'otage', at=0, f=('RESCUE', 'Cameroun', 'CM', OP))
Q('17 mars 2017', 'date', '2017-03-17')
Q('5 000', 'count', 5000, 'otage', at=1, f=('RESCUE', 'Cameroun', 'CM', OP))
Q('mercredi', 'date', '2017-03-15', optional=True)
Q('une dizaine de jours', 'duration', 'P10D', approx='approx')
Q('plus de 60', 'count', 60, 'terroriste', approx='min', f=('KILL', None, None, OP))
Q('troisième', 'ordinal', 3, optional=True)  # "personnes du troisième âge" (idiom)
Q('2009', 'date', '2009')
Q('du 26 février au 7 mars', 'date', '2017-02-26', approx='range', value_max='2017-03-07')
Q('21', 'count', 21, 'membre', f=('ARREST', 'monts Mandara', None, OP))
Q('une cinquantaine', 'count', 50, 'bicyclette', approx='approx', f=('SEIZE', None, None, OP))
Q('environ 200', 'count', 200, 'lycéenne', approx='approx', f=('KIDNAP', 'Chibok', 'NG', None))
Q('276', 'count', 276, 'lycéenne', f=('KIDNAP', 'Chibok', 'NG', '2014'))
Q('2014', 'date', '2014')

if __name__ == '__main__':
    d.write()
