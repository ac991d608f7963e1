"""France : un homme abattu à Orly alors qu'il tentait de dérober l'arme d'un soldat (2017-03-19)."""
from goldlib import Doc

d = Doc('2017_03_19-001', '2017-03-19', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-03-18'
# indefinite "un" counting the victim of the reported event: optional count, optional fact
Q('un', 'count', 1, 'homme', at='France : ', optional=True, f=('KILL', 'Orly', 'FR', S))
Q('19 mars 2017', 'date', '2017-03-19')
Q('samedi 18 mars', 'date', S)
Q('un', 'count', 1, 'homme', at='18 mars, ', optional=True, f=('KILL', 'Orly Sud', 'FR', S))
Q('2011 et 2012', 'date', '2011', approx='range', value_max='2012')
Q('1 h 30', 'duration', 'PT1H30M')

if __name__ == '__main__':
    d.write()
