"""Espace : Découverte d'une exoplanète possédant quatre soleils (2012-10-16)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('45468', '2012-10-16', 'repro-c', entities=False)
Q = d.q

O = ('OTHER', None, None, None)   # astronomical counts: nothing happens to them
Q('quatre', 'count', 4, 'soleil', at=0, f=O)   # headline
Q('16 octobre 2012', 'date', '2012-10-16')
Q('Cette semaine', 'date', '2012-W42', optional=True)
Q('840', 'count', 840, 'exoplanète', f=O)
Q('quadruple', 'number', 4, at=0, optional=True)   # as "quintuple" in the examples
Q('quatre', 'count', 4, 'étoile', at='un système à ', f=O)
Q('première', 'ordinal', 1, optional=True)
# "PH1", "HD 188753 Ab": names, not quantities
Q('169 fois', 'number', 169)
Q('6 fois', 'number', 6)
Q('138 jours', 'duration', 'P138D')
Q('deux', 'count', 2, 'étoile', at='tour des ', f=O)
Q('1,5', 'measure', 1.5, 'M☉')                     # unit of its coordinated twin
Q('0,41 masses solaires', 'measure', 0.41, 'M☉')
Q('5 000 années-lumière', 'measure', 5000, 'ly')
Q('quadruple', 'number', 4, at=1, optional=True)
Q('deux', 'count', 2, 'étoile', at='formé de ', f=O)
Q('deux', 'count', 2, 'étoile', at='par ', f=O)
Q('quatre', 'count', 4, 'soleil', at='tel système à ', f=O)
Q('ce jour', 'date', '2012-10-16', optional=True)   # "jusqu'à ce jour": digitless deictic
Q('6', 'count', 6, 'exoplanète', at='déjà ', f=O)
Q('deux', 'count', 2, 'soleil', at='exoplanètes à ', f=O)
Q('2005', 'date', '2005')

if __name__ == '__main__':
    d.write()
