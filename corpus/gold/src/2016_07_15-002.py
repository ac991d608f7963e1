"""Tour de France 2016 : Tom Dumoulin remporte le contre-la-montre de la 13e étape (2016-07-15)."""
from goldlib import Doc

d = Doc('2016_07_15-002', '2016-07-15', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-15'   # the 13th stage, run on the article's day
# "Tour de France 2016" years are dates (guideline: years after an event name)
Q('2016', 'date', '2016', at=0)   # headline
Q('13e', 'ordinal', 13, at=0)     # headline
Q('2016', 'date', '2016', at='sujet Tour de France ')
# related-article headlines (annotated like headlines)
Q('2016', 'date', '2016', at=2)
Q('13e', 'ordinal', 13, at=1)
Q('2016', 'date', '2016', at=3)
Q('12e', 'ordinal', 12)
Q('2016', 'date', '2016', at=4)
Q('11e', 'ordinal', 11)
Q('2016', 'date', '2016', at=5)
Q('10e', 'ordinal', 10)
Q('2016', 'date', '2016', at=6)
Q('15 juillet 2016', 'date', T)
Q('plus de 37,5 kilomètres', 'measure', 37.5, 'km', approx='min')
# riders at the start and finish of the day's stage: dated by the dateline; the sentence
# names two places (start and finish), so no location
Q('188', 'count', 188, 'coureur', f=('PARTICIPATE', None, None, T))
Q('premier', 'ordinal', 1, at='Froome est ', optional=True)
Q('208,5 kilomètres', 'measure', 208.5, 'km')

if __name__ == '__main__':
    d.write()
