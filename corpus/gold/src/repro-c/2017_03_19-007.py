"""Boko Haram dément la libération des 5 000 otages (2017-03-19, a Sunday)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2017_03_19-007', '2017-03-19', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

W = '2017-W11'   # "cette semaine"
# The 5 000 are hostages held by Boko Haram (noun "otages", "détenus"); their release is denied
# -> KIDNAP. The Cameroonian claim "porté secours à 5 000" -> RESCUE.
Q('5 000', 'count', 5000, 'otage', at=0, f=('KIDNAP', None, None, W))   # headline: no place in it
Q('19 mars 2017', 'date', '2017-03-19')
Q('vendredi', 'date', '2017-03-17', optional=True)
Q('5 000', 'count', 5000, 'otage', at='que les ', f=('KIDNAP', 'Nigeria', 'NG', W))
Q('cette semaine', 'date', W, at=0, optional=True)
Q('mercredi dernier', 'date', '2017-03-15', optional=True)
# Cameroon's claimed operation = the announced liberation of this week; the quote names no place
Q('60', 'count', 60, 'homme', f=('KILL', None, None, W))
Q('20', 'count', 20, 'enfant', at='sauvé ', f=('RESCUE', None, None, W))
Q('5 000', 'count', 5000, 'concitoyen', at='secours à ', f=('RESCUE', None, None, W))
Q('27 minutes', 'duration', 'PT27M')
Q('cette semaine', 'date', W, at=1, optional=True)
# attacked towns -> AFFECT; the place named for them: État de Borno
Q('deux', 'count', 2, 'ville', f=('AFFECT', 'État de Borno', 'NG', W))

if __name__ == '__main__':
    d.write()
