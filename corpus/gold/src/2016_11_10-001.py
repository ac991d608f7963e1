"""Le chanteur Leonard Cohen meurt à 82 ans (2016-11-10)."""
from goldlib import Doc

d = Doc('2016_11_10-001', '2016-11-10', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money: no facts. "l'un des visionnaires" is not a quantity.
Q('82 ans', 'age', 82, 'year', at=0)
Q('10 novembre 2016', 'date', '2016-11-10')
Q('lundi 7 novembre', 'date', '2016-11-07')
Q('82 ans', 'age', 82, 'year', at=1)
Q('2003', 'date', '2003')
Q('2006', 'date', '2006')
Q('mars 2008', 'date', '2008-03')

if __name__ == '__main__':
    d.write()
