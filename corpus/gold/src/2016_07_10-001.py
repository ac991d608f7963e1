"""Tour de France 2016 : Tom Dumoulin remporte l'étape-reine des Pyrénées (2016-07-10)."""
from goldlib import Doc

d = Doc('2016_07_10-001', '2016-07-10', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-10'  # the day's stage (dateline)
# "Tour de France 2016" years are dates (guideline: years after an event name)
Q('2016', 'date', '2016', at=0)   # headline
Q('2016', 'date', '2016', at=1)   # "Sur le même sujet Tour de France 2016"
# related-article headlines (annotated like headlines)
Q('2016', 'date', '2016', at=2)
Q('13e', 'ordinal', 13)
Q('2016', 'date', '2016', at=3)
Q('12e', 'ordinal', 12)
Q('2016', 'date', '2016', at=4)
Q('11e', 'ordinal', 11)
Q('2016', 'date', '2016', at=5)
Q('10e', 'ordinal', 10)
Q('2016', 'date', '2016', at=6)
Q('10 juillet 2016', 'date', T)
Q('plus de 184,5 kilomètres', 'measure', 184.5, 'km', approx='min')
# riders at the start and finish of the day's stage: PARTICIPATE; the stage runs
# "entre Vielha et Ordino-Arcalis" (spread over two places -> no location)
Q('197', 'count', 197, 'coureur', at='(', f=('PARTICIPATE', None, None, T))
Q('premier', 'ordinal', 1, at='Froome est ', optional=True)
Q('197 kilomètres', 'measure', 197, 'km')

if __name__ == '__main__':
    d.write()
