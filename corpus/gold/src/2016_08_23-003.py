"""Jeux olympiques de Rio : Mohamed Rabii, l'unique médaillé du pays, reçu par le roi du Maroc (2016-08-23)."""
from goldlib import Doc

d = Doc('2016_08_23-003', '2016-08-23', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "Mohammed VI", "aéroport Mohammed V": names, not quantities.
# "l'unique médaillé", "seul athlète": no number word, not annotated.
Q('23 août 2016', 'date', '2016-08-23')
Q('53 e', 'ordinal', 53)
Q('moins de 69 kilogrammes', 'measure', 69, 'kg', approx='max')   # weight class
Q('23 ans', 'age', 23, 'year')
Q('près de 16 ans', 'duration', 'P16Y', approx='approx')
# "une unique médaille": emphatic count like "une seule"; medal tally = sport statistic -> OTHER;
# the medal was won at the Rio Games (place named in the sentence), date not given
Q('une', 'count', 1, 'médaille', at='Avec ', f=('OTHER', 'Rio', 'BR', None))
Q('78 e', 'ordinal', 78)

if __name__ == '__main__':
    d.write()
