"""Le prix Nobel de physique aux Britanniques Thouless, Haldane et Kosterlitz (2016-10-04)."""
from goldlib import Doc

d = Doc('2016_10_04-001', '2016-10-04', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

Q('4 octobre 2016', 'date', '2016-10-04')
Q('82 ans', 'age', 82, 'year')
Q('65 ans', 'age', 65, 'year')
Q('74 ans', 'age', 74, 'year')
Q('cette année', 'date', '2016', optional=True)
Q('moitié', 'number', 0.5, at='recevra la ', optional=True)    # fraction word, optional
Q('417 000 euros', 'money', 417000, 'EUR', f=('OTHER', None, None, None))   # prize money
Q('moitié', 'number', 0.5, at="l'autre ", optional=True)

if __name__ == '__main__':
    d.write()
