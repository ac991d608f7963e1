"""Italie : Renzi démissionne suite à l'échec de son référendum (2016-12-05)."""
from goldlib import Doc

d = Doc('2016_12_05-002', '2016-12-05', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

R = '2016-12-04'   # the referendum, "dimanche 4 décembre"
# "Mouvement 5 étoiles" is a name, not a quantity.
Q('5 décembre 2016', 'date', '2016-12-05')
Q('Quelque 59 %', 'percent', 59, '%', approx='approx')
Q('dimanche 4 décembre', 'date', R)
Q('4 décembre 2016', 'date', R)
Q('environ 59 %', 'percent', 59, '%', approx='approx')
Q('65,5 %', 'percent', 65.5, '%')
Q('54 %', 'percent', 54, '%')
# Senate membership after the (rejected) reform: "Ses membres ... réduits à seulement 100".
Q('100', 'count', 100, 'membre', f=('PARTICIPATE', None, None, None))
Q('72 %', 'percent', 72, '%')
Q('trois', 'count', 3, 'région', f=('VOTE', None, None, R))   # regions that approved
Q('février 2014', 'date', '2014-02')
Q('un an', 'duration', 'P1Y', optional=True)
Q('2014', 'date', '2014', at='européennes de ')
Q("l'année suivante", 'date', '2015', optional=True)
Q('1 %', 'percent', 1, '%')
Q('11,7 %', 'percent', 11.7, '%')
Q('36,4 %', 'percent', 36.4, '%')

if __name__ == '__main__':
    d.write()
