"""Politique française : Claude Guéant condamné par la justice (2017-01-24)."""
from goldlib import Doc

d = Doc('2017_01_24-006', '2017-01-24', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

V = '2017-01-23'   # appeal verdict "ce lundi 23 janvier"
Q('24 janvier 2017', 'date', '2017-01-24')
Q('lundi 23 janvier', 'date', V)
Q('deux ans', 'duration', 'P2Y', at='à ')
Q('un an', 'duration', 'P1Y', optional=True)   # "un an ferme": un/une duration, optional
Q('30 mois', 'duration', 'P30M')
Q('novembre 2015', 'date', '2015-11')
Q('deux ans', 'duration', 'P2Y', at='peine de ')
Q('entre 2002 et 2004', 'date', '2002', approx='range', value_max='2004')
Q('75 000 euros', 'money', 75000, 'EUR', f=('CONVICT', None, None, V))   # fine ordered by the court
Q('cinq ans', 'duration', 'P5Y')
Q('2009', 'date', '2009')
# cash bonuses diverted from the police investigation budget (détournement) -> STEAL;
# their date is the range 2002-2004, which a fact date cannot hold -> None
Q('210 000 euros', 'money', 210000, 'EUR', f=('STEAL', None, None, None))
# "la moitié" (of the 210 000 euros): a fraction, kind number 0.5, no fact
Q('la moitié', 'number', 0.5)
# collaborators who received the rest of the money: no event of the table -> OTHER
Q('trois', 'count', 3, 'collaborateur', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
