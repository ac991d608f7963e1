"""« The Independent » va cesser ses éditions papiers (2016-02-16)."""
from goldlib import Doc

d = Doc('2016_02_16-002', '2016-02-16', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-02-16'
# "i" is the name of a newspaper, not a quantity; "par jours" is a rate word, not a count.
Q('16 février 2016', 'date', D)
Q('Près de 30 ans', 'duration', 'P30Y', approx='approx')
Q('56 000', 'count', 56000, 'exemplaire', f=('OTHER', 'Royaume-Uni', 'GB', None))  # print run
Q('26 mars', 'date', '2016-03-26')
Q('Une centaine', 'count', 100, 'journaliste', approx='approx', f=('EMPLOY', None, None, None))
Q('plus de la moitié', 'number', 0.5, approx='min', optional=True)  # fraction of the newsroom
Q('25', 'count', 25, 'embauche', f=('EMPLOY', None, None, None))
Q('trois', 'number', 3, at='divisée par ')
Q('cinq ans', 'duration', 'P5Y')
Q('2010', 'date', '2010')
Q('50 centimes', 'money', 0.5, 'GBP', f=('OTHER', None, None, '2010'))  # cover price of i (50p)
Q("aujourd'hui", 'date', D, optional=True)
Q('260 000', 'count', 260000, 'exemplaire', f=('OTHER', 'Royaume-Uni', 'GB', D))
Q('5,2 millions de livres', 'money', 5200000, 'GBP', f=('OTHER', None, None, None))  # operating profit
Q("6,4 millions d'euros", 'money', 6400000, 'EUR', f=('OTHER', None, None, None))
Q('vendredi dernier', 'date', '2016-02-12', optional=True)
Q('premier', 'ordinal', 1, at='est le ', optional=True)

if __name__ == '__main__':
    d.write()
