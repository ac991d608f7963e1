"""États-Unis : le remplacement de l'Obamacare approuvé par la Chambre des représentants (2017-05-04)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_05_04-002', '2017-05-04', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

V = ('VOTE', None, None, '2017-05-04')   # the day's vote (dateline); the vote sentence names no place
Q('4 mai 2017', 'date', '2017-05-04')
Q('217', 'count', 217, 'représentant', f=V)
Q('441', 'count', 441, 'représentant', f=V)    # seats of the House -> VOTE (seats)
Q('213', 'count', 213, 'représentant', f=V)    # elided "[représentants] contre"
Q('20', 'count', 20, 'républicain', at='démocrates et ', f=V)
Q('vendredi 24 mars 2017', 'date', '2017-03-24')
Q('premier', 'ordinal', 1, at='constitué le ', optional=True)
Q('première', 'ordinal', 1, optional=True)
# people left without insurance: deprived state -> AFFECT; elided noun "personnes"
Q('environ 24 à 26 millions', 'count', 24000000, 'personne', approx='range', value_max=26000000,
  f=('AFFECT', None, None, None))
Q('2010', 'date', '2010')
Q('21 millions', 'count', 21000000, 'personne', f=('OTHER', None, None, None))   # beneficiaries
Q('deuxième', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
