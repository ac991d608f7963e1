"""États-Unis : une fusillade en Californie fait trois morts (2017-04-19)."""
from goldlib import Doc

d = Doc('2017_04_19-005', '2017-04-19', 'dev', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-04-18'  # the shooting, "mardi"
W = '2017-W15'    # "la semaine dernière"
Q('trois', 'count', 3, 'mort', at=0, f=('KILL', 'Californie', 'US', S))
Q('19 avril 2017', 'date', '2017-04-19')
Q('trois', 'count', 3, 'personne', at=1, f=('KILL', 'Fresno', 'US', S))
Q('mardi', 'date', S, optional=True)
Q('Une', 'count', 1, 'personne', at='. ', optional=True, f=('WOUND', None, None, S))  # "Une quatrième personne a été blessée"
Q('quatrième', 'ordinal', 4, optional=True)
Q('39 ans', 'age', 39, 'year')
Q('vers 10 h 45', 'time', '10:45', approx='approx')
Q('17h45', 'time', '17:45')
Q('quatre', 'count', 4, 'lieu', at='en ', f=('OTHER', None, None, S))
Q('jusqu’à 16', 'count', 16, 'cartouche', approx='max', f=('OTHER', None, None, S))
Q('la semaine dernière', 'date', W, optional=True)
Q('un', 'count', 1, 'agent', at='semaine dernière ', optional=True, f=('KILL', 'Fresno', 'US', W))
Q('quatre', 'count', 4, "chef d'accusation", at='encourt ', f=('OTHER', None, None, None))
Q('deux', 'count', 2, "chef d'accusation", at='meurtre et ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
