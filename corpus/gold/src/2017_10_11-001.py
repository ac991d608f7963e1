"""Espagne : indépendance de la Catalogne différée, Madrid menace (2017-10-11)."""
from goldlib import Doc

d = Doc('2017_10_11-001', '2017-10-11', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "article 155" is a law/section number: not a quantity. "plusieurs députés" has no value.
Q('11 octobre 2017', 'date', '2017-10-11')
Q('1 er octobre', 'date', '2017-10-01')

if __name__ == '__main__':
    d.write()
