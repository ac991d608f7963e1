"""France : la tempête Zeus touche le pays (2017-03-11)."""
from goldlib import Doc

d = Doc('2017_03_11-006', '2017-03-11', 'train', source='winer-fr/train', entities=False)
Q = d.q

JEU, LUN, MAR, MER = '2017-03-09', '2017-03-06', '2017-03-07', '2017-03-08'
Q('11 mars 2017', 'date', '2017-03-11')
Q('dimanche à mercredi', 'date', '2017-03-05', approx='range', value_max=MER, optional=True)
Q('Jeudi', 'date', JEU, optional=True)
Q('près de 15 000', 'count', 15000, 'foyer', approx='approx', f=('AFFECT', 'Bretagne', 'FR', JEU))
Q('Lundi', 'date', LUN, at=0, optional=True)
# "dans le département" designates Loire-Atlantique (fronted in the sentence before)
Q('plus de 440', 'count', 440, 'intervention', approx='min', f=('OTHER', 'Loire-Atlantique', 'FR', LUN))
Q('1 112', 'count', 1112, 'pompier', f=('PARTICIPATE', 'Loire-Atlantique', 'FR', LUN))
Q('19 h 15', 'time', '19:15')
Q('trois', 'count', 3, 'blessé', f=('WOUND', None, None, LUN))
Q('Deux', 'count', 2, 'accident', at='légers. ', f=('OTHER', None, None, LUN))
Q('Lundi', 'date', LUN, at=1, optional=True)
Q('plus de 600 000', 'count', 600000, 'foyer', approx='min', f=('AFFECT', None, None, LUN))
Q('première', 'ordinal', 1, optional=True)
Q('décembre 1999', 'date', '1999-12')
Q('5 fois', 'number', 5)
Q('Mardi', 'date', MAR, optional=True)
Q('midi', 'time', '12:00', at='Mardi à ', optional=True)
Q('62 000', 'count', 62000, 'foyer', f=('AFFECT', None, None, MAR))
Q('20 heures', 'time', '20:00')
Q('30 000', 'count', 30000, 'foyer', f=('AFFECT', 'Bretagne', 'FR', MAR))
Q('16 000', 'count', 16000, 'foyer', f=('AFFECT', 'Auvergne-Rhône-Alpes', 'FR', MAR))
Q('10 000', 'count', 10000, 'foyer', f=('AFFECT', 'Nouvelle-Aquitaine', 'FR', MAR))
Q('25 000', 'count', 25000, 'foyer', f=('AFFECT', None, None, MER))
Q('mercredi', 'date', MER, at="d'électricité ", optional=True)
Q('18 000', 'count', 18000, 'foyer', f=('AFFECT', 'Bretagne', 'FR', MER))
Q('3 000', 'count', 3000, 'foyer', at='Alpes, ', f=('AFFECT', 'Auvergne-Rhône-Alpes', 'FR', MER))
Q('Deux', 'count', 2, 'automobiliste', at=1, f=('KILL', None, None, None))
Q('Trois', 'count', 3, 'adolescent', f=('WOUND', 'Finistère', 'FR', None))

if __name__ == '__main__':
    d.write()
