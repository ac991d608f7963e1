"""Suède : Ericsson licencie 800 personnes (2016-11-29)."""
from goldlib import Doc

d = Doc('2016_11_29-001', '2016-11-29', 'test', source='winer-fr/train', entities=False)
Q = d.q

O = '2016-10'  # plan announced "début octobre"
Q('800', 'count', 800, 'personne', f=('EMPLOY', 'Suède', 'SE', None))
Q('29 novembre 2016', 'date', '2016-11-29')
Q('820', 'count', 820, 'poste', f=('EMPLOY', 'Suède', 'SE', None))
Q('début octobre', 'date', O)
Q('10 milliards de couronnes', 'money', 10000000000, 'SEK', f=('OTHER', None, None, O))  # savings plan
Q('trois ans', 'duration', 'P3Y')
Q('environ 1 milliard d’euros', 'money', 1000000000, 'EUR', approx='approx', f=('OTHER', None, None, O))
Q('3000', 'count', 3000, 'poste', f=('EMPLOY', None, None, O))
Q('deux', 'count', 2, 'site', f=('AFFECT', None, None, None))
Q('460', 'count', 460, 'personne', f=('EMPLOY', 'Borås', 'SE', None))
Q('60', 'count', 60, 'employé', at='seulement ', f=('EMPLOY', 'Kumla', 'SE', None))
Q('420', 'count', 420, 'employé', f=('EMPLOY', 'Kumla', 'SE', '2016-11-29'))
Q('aujourd’hui', 'date', '2016-11-29', optional=True)
Q('8 décembre prochain', 'date', '2016-12-08')

if __name__ == '__main__':
    d.write()
