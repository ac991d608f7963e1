"""Jeux olympiques de Rio : troisième titre en 200m pour Usain Bolt (2016-08-19)."""
from goldlib import Doc

d = Doc('2016_08_19-003', '2016-08-19', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# Race distances ("200m", "100m") are measures; no count or money: no facts.
Q('troisième', 'ordinal', 3, optional=True)
Q('200m', 'measure', 200, 'm', at=0)
Q('19 août 2016', 'date', '2016-08-19')
Q('200m', 'measure', 200, 'm', at='rapide sur ')
Q('19"78', 'duration', 'PT19.78S')
Q('huitième', 'ordinal', 8, optional=True)
Q('100m', 'measure', 100, 'm', at='titres sur ')
Q('200m', 'measure', 200, 'm', at='100m, ')
Q('4x100m', 'measure', 400, 'm', optional=True)   # relay name
Q('second', 'ordinal', 2, optional=True)
Q('100m', 'measure', 100, 'm', at='podium du ')
Q('millième', 'duration', 'PT0.001S', optional=True)
Q('centième', 'duration', 'PT0.01S', optional=True)

if __name__ == '__main__':
    d.write()
