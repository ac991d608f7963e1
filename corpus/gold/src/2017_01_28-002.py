"""France : commémoration du centenaire du naufrage de l'Ymer (2017-01-28)."""
from goldlib import Doc

d = Doc('2017_01_28-002', '2017-01-28', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

W = '1917-01-28'   # torpedoing / wreck "le 28 janvier 1917"
# "centenaire" (100th anniversary): number word without digit, optional
Q('centenaire', 'duration', 'P100Y', at=0, optional=True)
Q('28 janvier 2017', 'date', '2017-01-28')
Q('centenaire', 'duration', 'P100Y', at=1, optional=True)
Q('28 janvier 1917', 'date', W)
# "[1]" footnote: not a quantity
# men "en détresse" (ship torpedoed): AFFECT (judgement call, RESCUE possible)
Q('Douze', 'count', 12, 'homme', f=('AFFECT', "Île d'Yeu", 'FR', W))
# dead bodies found; no place named in the sentence
Q('cinq', 'count', 5, 'norvégien', at='vie de ', f=('KILL', None, None, W))
Q('six', 'count', 6, 'islais', at='de ', f=('KILL', None, None, W))
# "la première adjointe du maire": title, not a quantity
Q('Deux', 'count', 2, 'stèle', f=('OTHER', None, None, None))
# survivors: RESCUE (saved)
Q('deux', 'count', 2, 'norvégien', at='Seul ', f=('RESCUE', None, None, W))
Q('six', 'count', 6, 'islais', at='et ', f=('RESCUE', None, None, W))
# "Une stèle avait été érigée": indefinite article, not annotated
Q('1992', 'date', '1992')

if __name__ == '__main__':
    d.write()
