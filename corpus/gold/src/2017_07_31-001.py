"""Concours Eurovision de la chanson 2018 : Lisbonne sera la ville hôte (2017-07-31)."""
from goldlib import Doc

d = Doc('2017_07_31-001', '2017-07-31', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('2018', 'date', '2018', at=0)   # headline, year after the event name
Q('31 juillet 2017', 'date', '2017-07-31')
Q('2018', 'date', '2018', at='Portugal en ')
Q('8, 10 et 12 mai 2018', 'date', '2018-05-08', approx='range', value_max='2018-05-12')
# capacity of the hall (MEO Arena, a facility) -> OTHER, no date
Q('20 000', 'count', 20000, 'personne', f=('OTHER', 'MEO Arena', 'PT', None))
Q('Vingt-deux', 'count', 22, 'pays', f=('PARTICIPATE', None, None, '2018'))
Q('2018', 'date', '2018', at="l'édition de ")

if __name__ == '__main__':
    d.write()
