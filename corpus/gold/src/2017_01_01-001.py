"""Des dizaines de morts dans l'attaque d'une boîte de nuit à Istanbul (2017-01-01)."""
from goldlib import Doc

d = Doc('2017_01_01-001', '2017-01-01', 'test', source='winer-fr/train', entities=False)
Q = d.q

# "Des dizaines de morts" (headline): no definite value, not annotated
A = '2017-01-01'  # the attack, a little after midnight on New Year
IST = ('Istanbul', 'TR', A)
Q('1er janvier 2017', 'date', A)
Q('1 h 30', 'time', '01:30')
Q('Au moins 35', 'count', 35, 'personne', approx='min', at=0, f=('KILL',) + IST)
Q('40', 'count', 40, 'personne', at='mortes et ', f=('WOUND',) + IST)  # "40 blessées"
Q('de 700 à 800', 'count', 700, 'personne', approx='range', value_max=800, f=('AFFECT',) + IST)  # the crowd fired upon
Q("un peu plus d'une heure", 'duration', 'PT1H', approx='min', optional=True)
Q('Nouvel An', 'date', A, at='passage du ', optional=True)
Q('Au moins 35', 'count', 35, 'compatriote', approx='min', at=1,
  f=('KILL',) + IST)  # "gouverneur de la ville" = Istanbul
Q('un', 'count', 1, 'policier', at='dont ', optional=True, f=('KILL',) + IST)
Q('Nouvel An', 'date', A, at='officielles du ', optional=True)
Q('Près de 17 000', 'count', 17000, 'policier', approx='approx',
  f=('PARTICIPATE', 'Istanbul', 'TR', '2016-12-31'))  # deployed for New Year's Eve
Q('nouvelle année', 'date', A, optional=True)
Q('44', 'count', 44, 'mort', f=('KILL', 'Istanbul', 'TR', '2016-12-11'))  # "trois semaines plus tôt", "le centre de la ville"
Q('trois semaines', 'duration', 'P3W')

if __name__ == '__main__':
    d.write()
