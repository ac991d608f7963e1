"""France : une personne décède lors du rallye de Monte Carlo (2017-01-21)."""
from goldlib import Doc
d = Doc('2017_01_21-011', '2017-01-21', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-01-19'   # accident "Jeudi 19 janvier, à 20h30"; death "dans la nuit" -> evening it began
# Headline "une personne décède": indefinite "une" counting a participant -> optional, with optional fact;
# headline's place France.
Q('une', 'count', 1, 'personne', at=0, optional=True, f=('KILL', 'France', 'FR', A))
Q('21 janvier 2017', 'date', '2017-01-21')
Q('Jeudi 19 janvier', 'date', A)
Q('20h30', 'time', '20:30')
Q('première', 'ordinal', 1, at=0, optional=True)
# "percutant violemment un spectateur": participant of the event, optional; most specific place: Rouaine
Q('un', 'count', 1, 'spectateur', at='percutant violemment ', optional=True,
  f=('WOUND', 'Rouaine', 'FR', A))
Q('50 ans', 'age', 50, 'year')
# Spectators present at the rally stage -> PARTICIPATE ("present at an event"); no place in the sentence.
Q('Une dizaine', 'count', 10, 'spectateur', approx='approx', f=('PARTICIPATE', None, None, A))
# "On devait être une dizaine": elliptical, noun from the sentence before ("d'autres personnes")
Q('une dizaine', 'count', 10, 'personne', approx='approx', f=('PARTICIPATE', None, None, A))
# "la voiture n°4": identifier, not a quantity
Q('première', 'ordinal', 1, at='la fin de la ', optional=True)
Q('aujourd’hui', 'date', '2017-01-21', optional=True)

if __name__ == '__main__':
    d.write()
