"""France : Jérôme Cahuzac, condamné à trois ans de prison, va faire appel (2016-12-08)."""
from goldlib import Doc

d = Doc('2016_12_08-001', '2016-12-08', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-12-08'  # the judgement, "jeudi 8 décembre"
Q('trois ans', 'duration', 'P3Y', at=0)
Q('8 décembre 2016', 'date', T)
Q('jeudi 8 décembre', 'date', T)
Q('trois ans', 'duration', 'P3Y', at=1)
Q('cinq ans', 'duration', 'P5Y')
Q("3,5 millions d'euros", 'money', 3500000, 'EUR', f=('STEAL', None, None, None))
Q('deux ans', 'duration', 'P2Y')
Q("1,8 millions d'euros", 'money', 1800000, 'EUR', f=('CONVICT', None, None, T))
Q('un an', 'duration', 'P1Y', at='condamné à ', optional=True)
Q('375 000 euros', 'money', 375000, 'EUR', f=('CONVICT', None, None, T))
Q('14 septembre 2016', 'date', '2016-09-14')
Q("60 à 80 milliards d'euros", 'money', 60000000000, 'EUR', approx='range', value_max=80000000000,
  f=('COST', 'France', 'FR', None))
Q('2013', 'date', '2013')
Q('deux', 'count', 2, 'avocat', at='Les ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
