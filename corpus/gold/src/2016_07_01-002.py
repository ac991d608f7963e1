"""France : deux morts et trois blessés électrocutés par des lignes électriques (2016-07-01)."""
from goldlib import Doc

d = Doc('2016_07_01-002', '2016-07-01', 'train', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-07-01'   # "ce vendredi 1 er juillet vers 17h00"
O = ('OTHER', None, None, D)
Q('deux', 'count', 2, 'mort', at='France : ', f=('KILL', 'France', 'FR', D))
Q('trois', 'count', 3, 'blessé', at='morts et ', f=('WOUND', 'France', 'FR', D))
Q('20 000 volts', 'measure', 20000, 'V', at=0)
Q('1er juillet 2016', 'date', D)
Q('vendredi 1 er juillet', 'date', D)
Q('vers 17h00', 'time', '17:00', approx='approx')
Q('20 000 volts', 'measure', 20000, 'V', at=1)
Q('deux', 'count', 2, 'enfant', at='le véhicule, ', f=('WOUND', None, None, D))
Q('Deux', 'count', 2, 'homme', f=O)
Q('deux', 'count', 2, 'mineur', at='père des ', f=O)
Q('deux', 'count', 2, 'jeune', at='sauver les ', f=('RESCUE', None, None, D))
Q('Une', 'count', 1, 'fillette', at='Annecy . ', optional=True, f=('WOUND', None, None, D))
Q('second', 'ordinal', 2, optional=True)
Q('une', 'count', 1, 'personne', at="ainsi qu'", optional=True, f=('WOUND', None, None, D))
Q('deux', 'count', 2, 'hélicoptère', at='total, ', f=O)
Q('trois', 'count', 3, 'médecin', at='par ', f=O)
Q('une dizaine', 'count', 10, 'sapeur-pompier', approx='approx', f=O)
Q('environ 350', 'count', 350, 'personne', approx='approx', f=('AFFECT', None, None, D))

if __name__ == '__main__':
    d.write()
