"""Espace : l'atmosphère de 55 Cancri e analysée (2016-02-19)."""
from goldlib import Doc

d = Doc('2016_02_19-002', '2016-02-19', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# "55 Cancri e", "55 Cancri A", "Wide Field Camera 3" are names; "[note 1] [1]" footnote marks: not quantities.
Q('19 février 2016', 'date', '2016-02-19')
Q('novembre 2015', 'date', '2015-11')
Q('premier', 'ordinal', 1, at='un ', optional=True)   # "un premier aperçu": spelled ordinal

if __name__ == '__main__':
    d.write()
