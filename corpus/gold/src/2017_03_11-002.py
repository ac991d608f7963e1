"""France : un rhinocéros abattu par des braconniers (2017-03-11)."""
from goldlib import Doc

d = Doc('2017_03_11-002', '2017-03-11', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-03-06'  # the rhino shot "le 6 mars"
# Animals killed: KILL (the nearest event; the table speaks of people).
Q('un', 'count', 1, 'rhinocéros', at='France : ', optional=True, f=('KILL', 'France', 'FR', D))
Q('11 mars 2017', 'date', '2017-03-11')
Q('quatre ans', 'age', 4, 'year')
Q('6 mars', 'date', D)
Q('un kilo', 'measure', 1, 'kg', at='« ', optional=True)
Q('60 000 euros', 'money', 60000, 'EUR', f=('OTHER', None, None, None))  # a price
Q('un kilo', 'measure', 1, 'kg', at="qu'", optional=True)
Q('1 054', 'count', 1054, 'spécimen', f=('KILL', None, None, '2016'))  # "les spécimens tués ... passant à 1 054"
Q('2016', 'date', '2016')
Q('13', 'count', 13, 'spécimen', f=('KILL', None, None, '2007'))
Q('2007', 'date', '2007')

if __name__ == '__main__':
    d.write()
