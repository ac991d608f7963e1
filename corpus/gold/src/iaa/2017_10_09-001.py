"""L'énergie nucléaire dans une crise inédite (2017-10-09)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_10_09-001', '2017-10-09', 'iaa', source='winer-fr/dev', entities=False)
Q = d.q

M = 'mise en chantier'   # "les mises en chantier ... avec seulement trois [en] 2016, contre 15 en 2010 et 44 en 1975"
Q('9 octobre 2017', 'date', '2017-10-09')
Q('2016', 'date', '2016', at="l'année ")
Q("de l'ordre de 1,4 %", 'percent', 1.4, '%', approx='approx')
Q('10,5 %', 'percent', 10.5, '%')
Q('trois', 'count', 3, M, f=('OTHER', None, None, '2016'))
Q('2016', 'date', '2016', at='trois ')
Q('15', 'count', 15, M, f=('OTHER', None, None, '2010'))
Q('2010', 'date', '2010')
Q('44', 'count', 44, M, f=('OTHER', None, None, '1975'))
Q('1975', 'date', '1975')
Q("sept premiers mois de l'année 2017", 'date', '2017-01', approx='range', value_max='2017-07')
Q('un', 'count', 1, 'chantier', at='seul ', f=('OTHER', 'Inde', 'IN', '2017'))   # emphatic "seul un"
Q('130 GW', 'measure', 130, 'GW')
Q('2016', 'date', '2016', at='GW en ')
Q('9 GW', 'measure', 9, 'GW')
Q('années 1970', 'date', '1970', approx='range', value_max='1979')
Q('Numéro un', 'ordinal', 1, optional=True)
# accumulated losses of Areva: no event of the table fits (not a cost or budget) -> OTHER;
# "bourse de Paris" is not where the losses happened, "le français Areva" gives no place
Q("12,3 milliards d'euros", 'money', 12300000000, 'EUR', f=('OTHER', None, None, None))
Q('2011', 'date', '2011')

if __name__ == '__main__':
    d.write()
