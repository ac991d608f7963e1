"""France : un maire corse se tue dans un accident, une arme et 100 000 euros sur lui (2016-08-30)."""
from goldlib import Doc

d = Doc('2016_08_30-002', '2016-08-30', 'train', source='winer-fr/dev', entities=False)
Q = d.q

D = '2016-08-29'   # accident "ce lundi 29 août"
# indefinite "un maire" counts the participant of the reported death: optional, as in the seed
Q('un', 'count', 1, 'maire', at='France : ', optional=True, f=('KILL', 'France', 'FR', D))
# cash found on him by the gendarmes: nothing said of a seizure -> OTHER
Q('100 000 euros', 'money', 100000, 'EUR', at=0, f=('OTHER', 'France', 'FR', D))
Q('Un', 'count', 1, 'maire', at=0, optional=True, f=('KILL', 'Corse-du-Sud', 'FR', D))
Q('plus de 100 000 euros', 'money', 100000, 'EUR', approx='min', f=('OTHER', None, None, D))
Q('30 août 2016', 'date', '2016-08-30')
Q('lundi 29 août', 'date', D)
Q('une centaine', 'count', 100, 'habitant', approx='approx', f=('OTHER', 'Guargualé', 'FR', None))
Q('calibre 7,65', 'measure', 7.65, 'mm', optional=True)
Q('104 000 euros', 'money', 104000, 'EUR', f=('OTHER', None, None, D))
Q('2012', 'date', '2012')
# the Sisco brawl of August 2016: "août dernier" = this last August
Q('août dernier', 'date', '2016-08')

if __name__ == '__main__':
    d.write()
