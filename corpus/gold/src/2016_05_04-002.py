"""Zone euro : la disparition du billet de 500 euros actée (2016-05-04)."""
from goldlib import Doc

d = Doc('2016_05_04-002', '2016-05-04', 'test', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-05-04'
O = ('OTHER', None, None, None)  # the 500-euro denomination: nothing happened to an amount
Q('500 euros', 'money', 500, 'EUR', at=0, f=('OTHER', 'Zone euro', None, None))
Q('500 €', 'money', 500, 'EUR', at=0, f=O)
Q('4 mai 2016', 'date', T)
Q('mercredi 4 mai', 'date', T)
Q('500 €', 'money', 500, 'EUR', at=1, f=O)
Q('2018', 'date', '2018')
Q('500 euros', 'money', 500, 'EUR', at=1, f=O)
Q('10 000 euros', 'money', 10000, 'EUR', f=O)
Q('2 millimètres', 'measure', 2, 'mm')
Q('500 euros', 'money', 500, 'EUR', at=2, f=O)
Q('plus de la moitié', 'percent', 50, '%', approx='min', optional=True)
Q('500 €', 'money', 500, 'EUR', at=2, f=O)
Q('500 euros', 'money', 500, 'EUR', at=3, f=O)

if __name__ == '__main__':
    d.write()
