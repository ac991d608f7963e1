"""Signature de l'accord de libre-échange Canada-UE (2016-10-30)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2016_10_30-002', '2016-10-30', 'repro-a', source='winer-fr/train', entities=False)
Q = d.q

S = '2016-10-30'   # signed "dimanche" (the dateline day, a Sunday)
Q('30 octobre 2016', 'date', S)
Q('7 ans', 'duration', 'P7Y')
Q('dimanche', 'date', S, optional=True)
Q('99 %', 'percent', 99, '%')
Q('20 %', 'percent', 20, '%')
Q('deux', 'count', 2, 'pays', f=('PARTICIPATE', None, None, S))   # the two partner parties
Q('début de 2017', 'date', '2017-01')
Q('2344', 'count', 2344, 'page', f=('OTHER', None, None, None))
# "des centaines de manifestants": no definite value, not a quantity (guidelines)
Q('38', 'count', 38, 'assemblée', f=('PARTICIPATE', None, None, None))  # assemblies to ratify

if __name__ == '__main__':
    d.write()
