"""France : 100e édition de la foire internationale Art & Antiquités de l'Isle sur la Sorgue (2016-03-26)."""
from goldlib import Doc

d = Doc('2016_03_26-001', '2016-03-26', 'test', source='winer-fr/train', entities=False)
Q = d.q

E = '2016-03-25'  # this edition, "démarre vendredi 25 mars 2016"
P = ('PARTICIPATE', None, None, E)
Q('100e', 'ordinal', 100)
Q('26 mars 2016', 'date', '2016-03-26')
Q('week-end de Pâques', 'date', '2016-03-26', approx='range', value_max='2016-03-27', optional=True)
Q('100 e', 'ordinal', 100)
Q('vendredi 25 mars 2016', 'date', E)
Q('28 mars 2016', 'date', '2016-03-28')
Q('50 ans', 'age', 50, 'year')  # "les 50 ans de la foire"
Q('1966', 'date', '1966')
Q('14', 'count', 14, 'exposant', f=('PARTICIPATE', None, None, '1966'))
Q('première', 'ordinal', 1, optional=True)
Q('2 fois', 'number', 2)  # "2 fois par ans"
Q('Pâques', 'date', '2016-03-27', at='à ', optional=True)
Q('15 août', 'date', '2016-08-15')
Q('2 500 m 2', 'measure', 2500, 'm²')
Q('550', 'count', 550, 'professionnel', f=P)
Q('250', 'count', 250, 'exposant', f=P)
Q('300', 'count', 300, 'boutique', f=P)

if __name__ == '__main__':
    d.write()
