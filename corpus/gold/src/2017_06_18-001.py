"""Triathlon : championnats d'Europe à Kitzbühel (2017-06-18)."""
from goldlib import Doc

d = Doc('2017_06_18-001', '2017-06-18', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# Spelled ordinals optional. Category labels "PTS4", "PTS2" are identifiers (not
# annotated); "U23" (under-23 category) and "Top 10" are name-like: optional.
# "une médaille d'argent", "une nouvelle médaille": indefinite, not counts.
# Competitors of the men's race -> PARTICIPATE; the race day is not given (the
# championships ran over three days): date None; no place in their sentences.
P = ('PARTICIPATE', None, None, None)
Q('18 juin 2017', 'date', '2017-06-18', at=0)
Q('trois jours', 'duration', 'P3D')
Q('U23', 'age', 23, 'year', approx='max', optional=True)
Q('seconde', 'ordinal', 2, at='en tant que ', optional=True)
Q('première', 'ordinal', 1, at='bronze, la ', optional=True)
Q('Top 10', 'number', 10, optional=True)
Q('première', 'ordinal', 1, at="l'eau en ", optional=True)
Q('quatuor', 'number', 4, optional=True)                 # noun "un quatuor" (a group of four)
Q('seconde', 'ordinal', 2, at='arrivée à la ', optional=True)
Q('plus de deux minutes', 'duration', 'PT2M', approx='min')
Q('premières', 'ordinal', 1, optional=True)
Q('secondes', 'ordinal', 2, at='premières et ', optional=True)
Q('second', 'ordinal', 2, at='au ', optional=True)       # "au second tour"
Q('38', 'count', 38, 'coureur', f=P)
Q('six', 'count', 6, 'triathlète', f=P)
Q('une seconde', 'duration', 'PT1S', optional=True)      # un/une duration: optional
Q('troisième', 'ordinal', 3, at='Silva prend la ', optional=True)
Q('première', 'ordinal', 1, at='décroche la ', optional=True)
Q('première', 'ordinal', 1, at='et une ', optional=True)  # "une première médaille d'or"
Q('première', 'ordinal', 1, at='pour la ', optional=True)  # "pour la première fois"
Q('seconde', 'ordinal', 2, at='également la ', optional=True)
Q('troisième', 'ordinal', 3, at='en prenant la ', optional=True)
Q('18 juin 2017', 'date', '2017-06-18', at=1)              # "Évènements du 18 juin 2017"

if __name__ == '__main__':
    d.write()
