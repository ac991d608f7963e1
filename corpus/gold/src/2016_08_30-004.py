"""Somalie : au moins 5 morts dans un attentat à la voiture piégée à Mogadiscio (2016-08-30)."""
from goldlib import Doc

d = Doc('2016_08_30-004', '2016-08-30', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-08-30'   # the attack, "ce mardi" (the dateline's day)
J = '2015-01'      # earlier attack on the hotel, "en janvier 2015"
F = '2016-02-26'   # "le 26 février": the last 26 February before the article
Q('au moins 5', 'count', 5, 'mort', approx='min', at=0, f=('KILL', 'Mogadiscio', 'SO', D))   # headline
Q('30 août 2016', 'date', D)
Q('Au moins 5', 'count', 5, 'personne', approx='min', f=('KILL', 'Mogadiscio', 'SO', D))
Q('environ 30', 'count', 30, 'personne', approx='approx', f=('WOUND', 'Mogadiscio', 'SO', D))  # "30 autres [personnes] blessées"
Q('ce mardi', 'date', D, optional=True)
# "Un courageux kamikaze" (quoted claim): indefinite participant of the attack -> optional
Q('Un', 'count', 1, 'kamikaze', at='« ', optional=True, f=('OTHER', None, None, D))
Q('100 mètres', 'measure', 100, 'm')
Q('18 mois', 'duration', 'P18M')
Q('troisième', 'ordinal', 3, optional=True)
Q('janvier 2015', 'date', J)
# same sentence names "l'hôtel SYL" and "la ville" (= Mogadiscio, the article's name for it)
Q('5', 'count', 5, 'mort', at='avait fait ', f=('KILL', 'Mogadiscio', 'SO', J))
Q('26 février', 'date', F)
Q('14', 'count', 14, 'personne', f=('KILL', 'Mogadiscio', 'SO', F))
Q('août 2011', 'date', '2011-08')
Q('30 octobre prochain', 'date', '2016-10-30')

if __name__ == '__main__':
    d.write()
