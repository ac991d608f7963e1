"""Un Boeing 747 s'écrase au Kirghizistan (2017-01-16)."""
from goldlib import Doc

d = Doc('2017_01_16-002', '2017-01-16', 'holdout', source='winer-fr/dev', entities=False)
Q = d.q

D = '2017-01-16'   # crash "à 01 h 30 UTC": an event of the day given by a clock time
# "Boeing 747", "747-400F", "vol TK6491" are names/identifiers: not quantities
# indefinite "Un" counting the crashed plane: optional (as "Un avion" elsewhere in the gold)
Q('Un', 'count', 1, 'boeing', at=0, optional=True, f=('AFFECT', 'Kirghizistan', 'KG', D))
Q('16 janvier 2017', 'date', D)
Q('Un', 'count', 1, 'avion-cargo', at='\n', optional=True, f=('AFFECT', 'Datcha-Suu', 'KG', D))
Q('01 h 30', 'time', '01:30')   # "UTC" left out
Q('25 km', 'measure', 25, 'km')
# no place in the figure's own sentence -> location null
Q('Au moins 32', 'count', 32, 'personne', approx='min', f=('KILL', None, None, D))
Q('environ quinze', 'count', 15, 'maison', approx='approx',
  f=('AFFECT', 'aéroport international de Manas', 'KG', D))
Q('11 Janvier 2017', 'date', '2017-01-11')
Q('5 jours', 'duration', 'P5D')

if __name__ == '__main__':
    d.write()
