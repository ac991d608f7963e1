"""Russie : 36 morts dans des explosions à l’intérieur d’une mine (2016-02-28)."""
from goldlib import Doc

d = Doc('2016_02_28-003', '2016-02-28', 'test', source='winer-fr/train', entities=False)
Q = d.q

P = '2016-02'  # two blasts, Thursday 25 and Sunday 28 February
Q('36', 'count', 36, 'mort', at=0, f=('KILL', 'Russie', 'RU', P))
Q('28 février 2016', 'date', '2016-02-28')
Q('Deux', 'count', 2, 'coup', f=('OTHER', 'Severnaïa', 'RU', P))  # coups de grisou
Q('trois jours', 'duration', 'P3D')
Q('36', 'count', 36, 'personne', at=1, f=('KILL', 'Severnaïa', 'RU', P))
Q('748 mètres', 'measure', 748, 'm')
Q('ce dimanche', 'date', '2016-02-28', optional=True)
Q('77', 'count', 77, 'personne', f=('AFFECT', 'Severnaïa', 'RU', '2016-02-28'))  # still trapped "au fond de la mine"
Q('71', 'count', 71, 'personne', f=('RESCUE', None, None, None))
Q('26', 'count', 26, 'personne', f=('KILL', 'Severnaïa', 'RU', '2016-02-25'))  # no chance of survival
Q('jeudi', 'date', '2016-02-25', optional=True)

if __name__ == '__main__':
    d.write()
