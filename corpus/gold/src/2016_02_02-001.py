"""Canada : nouvel évêque du diocèse de Hearst (2016-02-02)."""
from goldlib import Doc

d = Doc('2016_02_02-001', '2016-02-02', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# No count or money in this article: no facts.
Q('2 février 2016', 'date', '2016-02-02')
Q('Ce mardi', 'date', '2016-02-02', optional=True)   # bare weekday (deictic): optional
Q('24 ans', 'duration', 'P24Y')                       # "depuis 24 ans": duration
Q('2006', 'date', '2006')                             # "depuis 2006": preposition out
Q('2015', 'date', '2015')
Q('75 ans', 'age', 75, 'year')                        # "l'âge de 75 ans"

if __name__ == '__main__':
    d.write()
