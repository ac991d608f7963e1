"""États-Unis : une fusillade en Californie fait trois morts (2017-04-19)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402

d = Doc('2017_04_19-005', '2017-04-19', 'iaa', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-04-18'   # the shooting, "mardi" (article of Wednesday 2017-04-19)
W = '2017-W15'     # "la semaine dernière"
FR = ('Fresno', 'US', T)
Q('trois', 'count', 3, 'mort', at=0, f=('KILL', 'Californie', 'US', T))   # headline: most specific place
Q('19 avril 2017', 'date', '2017-04-19')
Q('trois', 'count', 3, 'personne', at='mort de ', f=('KILL',) + FR)
Q('mardi', 'date', T, optional=True)
# "Une quatrième personne a été blessée": one more wounded person
Q('Une', 'count', 1, 'personne', at='. ', optional=True, f=('WOUND', None, None, T))
Q('quatrième', 'ordinal', 4, optional=True)
Q('39 ans', 'age', 39, 'year')
Q('vers 10 h 45', 'time', '10:45', approx='approx')
Q('17h45', 'time', '17:45')   # "(17h45 UTC)": zone left out of the span
# "du centre-ville" = the city centre of Fresno
Q('quatre', 'count', 4, 'lieu', f=('OTHER',) + FR)
Q("jusqu’à 16", 'count', 16, 'cartouche', approx='max', f=('OTHER',) + FR)
Q('la semaine dernière', 'date', W, optional=True)
Q('un', 'count', 1, 'agent', at='semaine dernière ', optional=True, f=('KILL', 'Fresno', 'US', W))
# charges faced before a verdict -> OTHER
Q('quatre', 'count', 4, "chef d'accusation", at='encourt ', f=('OTHER', None, None, None))
Q('deux', 'count', 2, "chef d'accusation", at='meurtre et ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
