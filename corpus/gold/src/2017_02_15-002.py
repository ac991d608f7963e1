"""France : une avalanche fait quatre morts en Savoie (2017-02-15)."""
from goldlib import Doc

d = Doc('2017_02_15-002', '2017-02-15', 'test', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-02-13'  # Tignes avalanche, "Ce lundi matin, 13 février"
S = '2017-02-11'  # Val-des-Prés avalanche, "Samedi"
Q('quatre', 'count', 4, 'mort', at='avalanche fait ', f=('KILL', 'Savoie', 'FR', T))
Q('15 février 2017', 'date', '2017-02-15')
Q('Ce lundi', 'date', T, optional=True)
Q('13 février', 'date', T)
Q('quatre', 'count', 4, 'mort', at='avalanche a fait ', f=('KILL', 'Tignes', 'FR', T))
Q('2 100 mètres', 'measure', 2100, 'm')
Q('trois', 'count', 3, 'touriste', at=0, f=('KILL', None, None, T))
Q("Plus d'une centaine", 'count', 100, 'personne', approx='min', f=('PARTICIPATE', None, None, T))
Q('premier', 'ordinal', 1, at='Un ', optional=True)
Q('neuf', 'count', 9, 'victime', f=('KILL', None, None, T))
Q('Quatre', 'count', 4, 'personne', f=('RESCUE', None, None, T))
Q('deux', 'count', 2, 'mort', at='comprenant ', f=('KILL', None, None, T))
Q('une', 'count', 1, 'personne', at='morts et ', optional=True, f=('WOUND', None, None, T))
Q('quatre', 'count', 4, 'mort', at='monté à ', f=('KILL', None, None, T))
Q('huit', 'count', 8, 'mort', at='puis ', f=('KILL', None, None, T))
Q('huit', 'count', 8, 'skieur', at='supposés ', f=('KILL', None, None, T))
Q('Un', 'count', 1, 'adolescent', at='décédés. ', optional=True, f=('MISSING', None, None, T))
Q('quatre', 'count', 4, 'victime', at="n'a fait que ", f=('KILL', None, None, T))
Q('quatre', 'count', 4, 'victime', at='définitif est de ', f=('KILL', None, None, T))
Q('quatre', 'count', 4, 'victime', at='Les ', f=('KILL', None, None, T))
Q('trois', 'count', 3, 'client', at=1, f=('KILL', None, None, T))
Q('48 ans', 'age', 48, 'year')
Q('15 ans', 'age', 15, 'year')
Q('19 ans', 'age', 19, 'year')
Q('59 ans', 'age', 59, 'year')
Q('400 mètres', 'measure', 400, 'm')
Q('deuxième', 'ordinal', 2, optional=True)
Q('Ce jour-là', 'date', T, optional=True)
Q('3', 'number', 3, at='(')
Q('5', 'number', 5, at='3 sur ')
Q('Samedi', 'date', S, optional=True)
Q('un', 'count', 1, 'moniteur', at="c'est ", optional=True, f=('KILL', 'Val-des-Prés', 'FR', S))
Q('28 ans', 'age', 28, 'year')
Q('2 200 mètres', 'measure', 2200, 'm')
Q('deux', 'count', 2, 'personne', at='accompagné de ', f=('OTHER', None, None, S))
Q('Une quarantaine', 'count', 40, 'secouriste', approx='approx', f=('PARTICIPATE', None, None, S))

if __name__ == '__main__':
    d.write()
