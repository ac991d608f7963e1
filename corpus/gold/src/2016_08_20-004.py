"""Jeux olympiques de Rio : le relais jamaïcain offre à Bolt son troisième triplé olympique (2016-08-20)."""
from goldlib import Doc

d = Doc('2016_08_20-004', '2016-08-20', 'train', source='winer-fr/train', entities=False)
Q = d.q

H = '2016-08-19'  # "hier" / "cette nuit": the relay final of Friday evening 19 August
Q('troisième', 'ordinal', 3, optional=True)
# race names: distances, optional
Q('4 x 100 m', 'measure', 400, 'm', at='en ', optional=True)
Q('hier', 'date', H, optional=True)
Q('triple', 'number', 3, optional=True)  # "triple-triplé"
Q('trois', 'count', 3, 'titre', at='triplé : ', f=('OTHER', None, None, None))
Q('100 m', 'measure', 100, 'm', at='olympiques en ', optional=True)
Q('200 m', 'measure', 200, 'm', optional=True)
Q('4 x 100 m', 'measure', 400, 'm', at='200 m et ', optional=True)
Q('20 août 2016', 'date', '2016-08-20')
Q('cette nuit', 'date', H, optional=True)
Q('4x100m', 'measure', 400, 'm', optional=True)
Q('seconde', 'ordinal', 2, optional=True)
Q('33 centièmes', 'duration', 'PT0.33S')
Q('troisièmes', 'ordinal', 3, optional=True)
Q('2008', 'date', '2008')
Q('neuf', 'count', 9, 'médaille', f=('OTHER', None, None, None))
Q('neuf', 'count', 9, 'finale', at='courant ', f=('PARTICIPATE', None, None, None))

if __name__ == '__main__':
    d.write()
