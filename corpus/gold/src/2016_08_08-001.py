"""Jeux olympiques de Rio : duo russe en sabre dames, le titre pour Egorian (2016-08-08)."""
from goldlib import Doc

d = Doc('2016_08_08-001', '2016-08-08', 'train', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('8 août 2016', 'date', '2016-08-08')
Q('un', 'count', 1, 'point', at='jouée à ', optional=True, f=O)
Q('trois', 'count', 3, 'tireuse', f=('PARTICIPATE', None, None, None))  # "en lice"
Q('15', 'count', 15, 'point', at='score de ', f=O)
Q('14', 'count', 14, 'point', at='15-', f=O)
Q('n°1', 'ordinal', 1, at='à la ')
Q('20 ans', 'age', 20, 'year')
Q('19 e', 'ordinal', 19)
Q('13 e', 'ordinal', 13)
Q('32', 'number', 32, optional=True)  # "tableau de 32": a round's name
Q('4 e', 'ordinal', 4)
Q('16', 'number', 16, at='Márton en tableau de ', optional=True)
Q('11 e', 'ordinal', 11)
Q('n°1', 'ordinal', 1, at='Velikaya, ')
Q('16', 'number', 16, at='Lembach en tableau de ', optional=True)
Q('n°1', 'ordinal', 1, at='douter la ')
Q('14', 'count', 14, 'point', at='score est de ', f=O)
Q('12', 'count', 12, 'point', at='14-', f=O)
Q('deux', 'count', 2, 'lampe', f=O)
Q('deux', 'count', 2, "maître d'armes", at='des ', f=O)

if __name__ == '__main__':
    d.write()
