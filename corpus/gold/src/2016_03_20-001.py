"""Un avion de Flydubai s'écrase dans le sud de la Russie, 62 morts (2016-03-20)."""
from goldlib import Doc

d = Doc('2016_03_20-001', '2016-03-20', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-03-19'   # the crash: "samedi" (article of Sunday 20 March)
Q('Un', 'count', 1, 'avion', at=0, optional=True, f=('AFFECT', 'Russie', 'RU', D))
Q('62', 'count', 62, 'mort', f=('KILL', 'Russie', 'RU', D))
Q('20 mars 2016', 'date', '2016-03-20')
Q('Un', 'count', 1, 'avion', at='\n', optional=True, f=('AFFECT', 'Rostov-sur-le-Don', 'RU', D))
Q('samedi', 'date', D, optional=True)
Q('55', 'count', 55, 'passager', at='transportait ', f=('OTHER', None, None, D))
Q('7', 'count', 7, 'membre', at='passagers et ', f=('OTHER', None, None, D))
Q('03h40', 'time', '03:40')
Q('00h40', 'time', '00:40')
Q('premières', 'ordinal', 1, optional=True)
Q('250 mètres environ', 'measure', 250, 'm', approx='approx')
Q('plus de deux heures', 'duration', 'PT2H', approx='min')
Q('première', 'ordinal', 1, at='effectué une ', optional=True)
Q('seconde', 'ordinal', 2, optional=True)
Q('55', 'count', 55, 'passager', at='Sur les ', f=('OTHER', None, None, D))
Q('44', 'count', 44, 'russe', f=('OTHER', None, None, D))
Q('huit', 'count', 8, 'ukrainien', f=('OTHER', None, None, D))
Q('deux', 'count', 2, 'indien', at='Ukrainiens, ', f=('OTHER', None, None, D))
Q('un', 'count', 1, 'ouzbek', at='Indiens et ', optional=True, f=('OTHER', None, None, D))
Q('six', 'count', 6, 'membre', at='Les ', f=('OTHER', None, None, D))
Q('première', 'ordinal', 1, at="C'est la ", optional=True)

if __name__ == '__main__':
    d.write()
