"""Un homme qui tentait de pénétrer un commissariat du 18e arrondissement de Paris a été abattu (2016-01-07)."""
from goldlib import Doc

d = Doc('2016_01_07-001', '2016-01-07', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-01-07'   # shot "peu avant midi" on the article day
# "18e arrondissement" is the name of a district (cf. "Ve République"): ordinal, optional.
# "Un homme" abattu: indefinite counting the participant of the reported event -> optional (seed).
Q('Un', 'count', 1, 'homme', at=0, optional=True, f=('KILL', '18e arrondissement de Paris', 'FR', D))
Q('18e', 'ordinal', 18, optional=True)
Q('7 janvier 2016', 'date', D)
Q('11\u202fh\u202f40', 'time', '11:40')          # "UTC" left out
Q('Un', 'count', 1, 'homme', at='. –\n', optional=True, f=('KILL', "Goutte-d'Or", 'FR', D))
Q('18 e', 'ordinal', 18, optional=True)
Q('peu avant midi', 'time', '12:00', approx='approx')
Q('un an', 'duration', 'P1Y', optional=True)    # "un" duration: optional per guidelines

if __name__ == '__main__':
    d.write()
