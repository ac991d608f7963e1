"""Colombie : un avion transportant une équipe de football s'écrase (2016-11-29)."""
from goldlib import Doc

# Dateline "29 novembre 2016 . –" (the file name carries the update date, 30 November).
d = Doc('2016_11_30-001', '2016-11-29', 'train', source='winer-fr/train', entities=False)
Q = d.q

C = '2016-11-28'  # the crash, Monday evening (local time)
Q('30 novembre 2016', 'date', '2016-11-30')
Q('71', 'count', 71, 'mort', f=('KILL', 'Colombie', 'CO', C))
Q('29 novembre 2016', 'date', '2016-11-29')
Q('22 h 34', 'time', '22:34')
Q('lundi', 'date', C, optional=True)
Q('50 km', 'measure', 50, 'km')
Q('81', 'count', 81, 'personne', f=('OTHER', None, None, C))
Q('76', 'count', 76, 'personne', f=('KILL', None, None, C))
Q('mercredi', 'date', '2016-11-30', optional=True)
Q('six', 'count', 6, 'survivant', f=('RESCUE', None, None, C))
Q('21 h 30', 'time', '21:30')

if __name__ == '__main__':
    d.write()
