"""États-Unis : naissance d'un loup du Mexique conçu par insémination artificielle (2017-04-25)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_04_25-001', '2017-04-25', 'repro-a', source='winer-fr/train', entities=False)
Q = d.q

B = '2017-04-02'   # birth "le 2 avril dernier"
N = '2017-04-25'   # population counts "Aujourd'hui"
# Indefinite "un" counting the reported participant (the newborn wolf): optional, optional fact.
Q('un', 'count', 1, 'loup', at="naissance d'", optional=True, f=('OTHER', 'États-Unis', 'US', B))
Q('25 avril 2017', 'date', N)
Q('Un', 'count', 1, 'loup', at='. – ', optional=True, f=('OTHER', 'Eureka', 'US', B))
Q('2 avril dernier', 'date', B)
Q('légèrement plus de 2,1 kg', 'measure', 2.1, 'kg', approx='min')
Q('environ 0,40 kg', 'measure', 0.4, 'kg', approx='approx')
# "par milliers": no definite value, not a quantity
Q('années 1970', 'date', '1970', approx='range', value_max='1979')
Q('1976', 'date', '1976')
Q("Aujourd'hui", 'date', N, optional=True)
Q('130', 'count', 130, 'individu', f=('OTHER', None, None, N))
Q('220', 'count', 220, 'individu', f=('OTHER', None, None, N))
Q('20', 'count', 20, 'individu', at='dont ', f=('OTHER', 'Endangered Wolf Center', 'US', N))
Q('2014', 'date', '2014')
Q('premier', 'ordinal', 1, at='est le ', optional=True)
Q('27 janvier dernier', 'date', '2017-01-27')
Q("une vingtaine d'années", 'duration', 'P20Y', approx='approx')

if __name__ == '__main__':
    d.write()
