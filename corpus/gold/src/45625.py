"""Madrid : trois morts piétinés à Halloween (2012-11-01)."""
from goldlib import Doc

d = Doc('45625', '2012-11-01', 'dev')
Q = d.q

d.ent('Madrid Arena', 'LOC')
d.ents('Madrid', 'LOC')
d.ents('Halloween', 'EVENT', optional=True)

N = '2012-10-31'  # "la nuit dernière" (night of Halloween)
Q('trois', 'count', 3, 'mort', f=('KILL', 'Madrid', 'ES', N))
Q('1er novembre 2012', 'date', '2012-11-01')
Q('Trois', 'count', 3, 'femme', f=('KILL', 'Madrid', 'ES', N))
Q('18 à 25 ans', 'age', 18, 'year', approx='range', value_max=25)
Q('deux', 'count', 2, 'femme', at='piétinées et ', f=('WOUND', 'Madrid', 'ES', N))
Q('la nuit dernière', 'date', N, optional=True)
Q('aux alentours de quatre heures et demie', 'time', '04:30', approx='approx')
Q("jusqu'à 12 000", 'count', 12000, 'personne', approx='max', f=('OTHER', 'Madrid Arena', 'ES', None))
Q('vers 7 heures', 'time', '07:00', approx='approx')

if __name__ == '__main__':
    d.write()
