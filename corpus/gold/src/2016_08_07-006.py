"""Jeux olympiques de Rio : natation, les Australiennes battent leur record sur 4x100m (2016-08-07)."""
from goldlib import Doc

d = Doc('2016_08_07-006', '2016-08-07', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# "4x100m" names the relay event: optional.
Q('4x100m', 'measure', 100, 'm', at=0, optional=True)
Q('7 août 2016', 'date', '2016-08-07')
Q('4x100m', 'measure', 100, 'm', at=1, optional=True)
Q('3\'30"65', 'duration', 'PT3M30.65S')
Q('troisième', 'ordinal', 3, optional=True)
Q('trois secondes', 'duration', 'PT3S')
Q('3\'32"89', 'duration', 'PT3M32.89S')
Q('septième', 'ordinal', 7, optional=True)

if __name__ == '__main__':
    d.write()
