"""Triathlon : Ironman Allemagne, le titre pour Sebastien Kienle et Melissa Hauschildt (2016-07-04)."""
from goldlib import Doc

d = Doc('2016_07_04-003', '2016-07-04', 'holdout5', source='winer-fr/dev', entities=False)
Q = d.q

# No count or money quantity in the article: no facts.
Q('4 juillet 2016', 'date', '2016-07-04')
Q('2016', 'date', '2016', at="L'édition ")             # "L'édition 2016"
Q('dimanche 3 juillet', 'date', '2016-07-03')
Q('15 e', 'ordinal', 15)                                # digit ordinal with a space
Q('supérieure à 23°c', 'measure', 23, '°C', approx='min')  # "supérieure à" = "plus de"
Q('2014', 'date', '2014', at="l'édition ")
Q('troisième', 'ordinal', 3, at="O'Donnell ", optional=True)
Q('2015', 'date', '2015')
Q('cette année', 'date', '2016', optional=True)
Q('deux minutes', 'duration', 'PT2M', at='natation ')
Q('deux minutes', 'duration', 'PT2M', at='avec ')
Q('première', 'ordinal', 1, at='dès la ', optional=True)
Q('premiers', 'ordinal', 1, at='Les ', optional=True)   # "Les premiers kilomètres"
Q('14 e', 'ordinal', 14, at='au ')                              # "au 14 e kilomètre"
Q('120 e', 'ordinal', 120)
Q('en dessous des trois heures', 'duration', 'PT3H', approx='max')
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('2014', 'date', '2014', at="d'Ironman ")             # year after an event name
Q('second', 'ordinal', 2, at='finit ', optional=True)
Q("l'an dernier", 'date', '2015', optional=True)
Q('moins de trente secondes', 'duration', 'PT30S', approx='max')
Q('seconde', 'ordinal', 2, at='prend la ', optional=True)
Q('prés de 10 minutes', 'duration', 'PT10M', approx='approx')   # "prés" misspelt in the text
Q('troisième', 'ordinal', 3, at='la ', optional=True)

if __name__ == '__main__':
    d.write()
