"""Jeux olympiques de Rio : triathlon épreuve masculine, Alistair Brownlee marque l'histoire (2016-08-18)."""
from goldlib import Doc

d = Doc('2016_08_18-001', '2016-08-18', 'train', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-08-18'  # the men's race, "jeudi 18"
P = ('PARTICIPATE', None, None, T)
C = ('OTHER', 'Fort Copacabana', 'BR', T)  # course of the race, sentence names Fort Copacabana
Q('18 août 2016', 'date', T)
Q('jeudi 18', 'date', T)
Q('deuxième', 'ordinal', 2, optional=True)
Q('55', 'count', 55, 'qualifié', f=('PARTICIPATE', 'Fort Copacabana', 'BR', T))
Q('40 km', 'measure', 40, 'km')
Q('8', 'count', 8, 'boucle', at='40 km en ', f=C)
Q('5 km', 'measure', 5, 'km')
Q('deux', 'count', 2, 'bosse', at='avec ', f=C)
Q('400 mètres', 'measure', 400, 'm')
Q('10 km', 'measure', 10, 'km')
Q('4', 'count', 4, 'boucle', at='10 km en ', f=C)
Q('2,5 km', 'measure', 2.5, 'km')
Q('quintuple', 'number', 5, optional=True)
Q('2012', 'date', '2012')
Q('deux', 'count', 2, 'frère', at='sillon les ', f=P)
Q('une dizaine', 'count', 10, 'triathlète', approx='approx', f=P)
Q("plus d'une minute", 'duration', 'PT1M', approx='min', at='qui perd ', optional=True)
Q("plus d'une minute et vingt secondes", 'duration', 'PT1M20S', approx='min')
Q('seconde', 'ordinal', 2, at='de la ', optional=True)
Q('première', 'ordinal', 1, at='dans la ', optional=True)
Q('second', 'ordinal', 2, at='Dès le ', optional=True)
Q('deux', 'count', 2, 'frère', at='accélération des ', f=P)
Q('deux', 'count', 2, 'britannique', at='partir les ', f=P)
Q('troisième', 'ordinal', 3, optional=True)
Q('4 e', 'ordinal', 4)
Q('7 e', 'ordinal', 7)
Q('première', 'ordinal', 1, at='remporté la ', optional=True)

if __name__ == '__main__':
    d.write()
