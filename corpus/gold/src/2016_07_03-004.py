"""Triathlon : WTS Stockholm, avant dernière étape avant Rio (2016-07-03)."""
from goldlib import Doc

d = Doc('2016_07_03-004', '2016-07-03', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

R = '2016-07-02'   # the race, "samedi 2 juillet"
P = ('PARTICIPATE', None, None, R)   # competitors of the race; no place in their sentences
# "avant dernière (étape)" has no written number: not annotated.
# Spelled ordinals (sixième, première, seconde, troisième...) are optional.
Q('3 juillet 2016', 'date', '2016-07-03')
Q('sixième', 'ordinal', 6, optional=True)
Q('samedi 2 juillet', 'date', R)
Q('1,5 km', 'measure', 1.5, 'km')
Q('40 km', 'measure', 40, 'km')
Q('10 km', 'measure', 10, 'km')
Q('seconde', 'ordinal', 2, at='sa ', optional=True)            # "sa seconde apparition"
Q('première', 'ordinal', 1, at='Varga , la ', optional=True)   # "la première transition"
Q('une dizaine', 'count', 10, 'triathlète', approx='approx', f=P)
Q('premier', 'ordinal', 1, at='rapidement le ', optional=True)           # "le premier des neufs tours"
# "neufs tours" (sic): laps of the bike course -> OTHER (as "8 boucles" in 2016_08_18-001)
Q('neufs', 'count', 9, 'tour', f=('OTHER', None, None, R))
Q('seconde', 'ordinal', 2, at='groupés à la ', optional=True)
Q('plus de 90 secondes', 'duration', 'PT90S', approx='min')
Q('deux', 'count', 2, 'frère', at='les ', f=P)                 # "les deux frères"
Q('seconde', 'ordinal', 2, at='pour une ', optional=True)      # "une seconde victoire"
Q('2016', 'date', '2016', at='circuit ')
Q('seconde', 'ordinal', 2, at='prend la ', optional=True)      # "la seconde place"
Q('10 secondes', 'duration', 'PT10S')
Q('seconde', 'ordinal', 2, at='pour la ', optional=True)       # "la seconde fois"
Q('première', 'ordinal', 1, at='remporte sa ', optional=True)
# podiums of earlier stages: sport statistic -> OTHER, date unknown
Q('deux', 'count', 2, 'podium', at='Après ', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, at='au passage de la ', optional=True)
Q('2016', 'date', '2016', at='championnat ')
Q('15 secondes', 'duration', 'PT15S')
Q('seconde', 'ordinal', 2, at="l'arrivée à la ", optional=True)
Q('première', 'ordinal', 1, at='route de sa ', optional=True)        # "sa première victoire sur le championnat"
Q('troisième', 'ordinal', 3, optional=True)
Q('première', 'ordinal', 1, at='prendre la ', optional=True)
# standings points after the race: score -> OTHER, dated by the race
Q('3491', 'count', 3491, 'point', f=('OTHER', None, None, R))

if __name__ == '__main__':
    d.write()
