"""Angleterre : attentats à Londres (2017-06-04)."""
from goldlib import Doc

d = Doc('2017_06_04-005', '2017-06-04', 'train', source='winer-fr/train', entities=False)
Q = d.q

N = '2017-06-03'   # the attacks, "dans la nuit du samedi 3 au dimanche 4 juin": a night event takes its evening
A = '2017-06-04'   # the arrests, "ce dimanche 4 juin"
Q('4 juin 2017', 'date', A)
Q('du samedi 3 au dimanche 4 juin', 'date', N, approx='range', value_max=A)
# the three attackers, "abattus par la police" in the sentence naming Borough Market
Q('trois', 'count', 3, 'assaillant', at='Les ', f=('KILL', 'Borough Market', 'GB', N))
Q('Environ 50', 'count', 50, 'balle', approx='approx', f=('OTHER', None, None, N))
Q('4 juin', 'date', A, at="l'attaque le ")
Q('sept', 'count', 7, 'mort', f=('KILL', None, None, N))
Q('trois', 'count', 3, 'terroriste', at='des ', f=('KILL', None, None, N))
Q('environ 48', 'count', 48, 'blessé', approx='approx', f=('WOUND', None, None, N))
Q('une vingtaine', 'count', 20, 'blessé', approx='approx', f=('WOUND', None, None, N))
Q('quatre', 'count', 4, 'français', f=('WOUND', None, None, N))
Q('Un', 'count', 1, 'canadien', at='Français. ', optional=True, f=('KILL', None, None, N))
Q('un', 'count', 1, 'français', at='Canadien et ', optional=True, f=('KILL', None, None, N))
Q('douze', 'count', 12, 'personne', f=('ARREST', 'Londres', 'GB', A))
Q('ce dimanche 4 juin', 'date', A)

if __name__ == '__main__':
    d.write()
