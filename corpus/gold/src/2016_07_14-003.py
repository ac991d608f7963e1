"""Tour de France 2016 : De Gendt remporte la 12e étape, Froome garde son maillot jaune sur décision des commissaires (2016-07-14)."""
from goldlib import Doc

d = Doc('2016_07_14-003', '2016-07-14', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "Tour de France 2016" years are dates (guideline: years after an event name)
Q('2016', 'date', '2016', at=0)   # headline
Q('12e', 'ordinal', 12, at=0)     # headline
Q('2016', 'date', '2016', at='sujet Tour de France ')
# related-article headlines (annotated like headlines)
Q('2016', 'date', '2016', at=2)
Q('13e', 'ordinal', 13)
Q('2016', 'date', '2016', at=3)
Q('12e', 'ordinal', 12, at=1)
Q('2016', 'date', '2016', at=4)
Q('11e', 'ordinal', 11)
Q('2016', 'date', '2016', at=5)
Q('10e', 'ordinal', 10)
Q('2016', 'date', '2016', at=6)
# image file names: identifiers, optional
Q('2 May 2009', 'date', '2009-05-02', optional=True)
Q('2016', 'date', '2016', at='TDF ', optional=True)
Q('12e', 'ordinal', 12, at='TDF 2016 ', optional=True)
Q('14 juillet 2016', 'date', '2016-07-14')
Q('plus de 178 kilomètres', 'measure', 178, 'km', approx='min')
Q('191', 'count', 191, 'coureur', f=('PARTICIPATE', None, None, None))
Q('premier', 'ordinal', 1, at='Froome est ', optional=True)
Q('37,5 kilomètres', 'measure', 37.5, 'km')
Q('deux', 'count', 2, 'coureur', at='avec ', f=('AFFECT', 'mont Ventoux', 'FR', None))
Q('trois derniers kilomètres', 'measure', 3, 'km')
Q('une centaine de mètres', 'measure', 100, 'm', approx='approx')
Q('Quarante-cinq minutes', 'duration', 'PT45M')
Q('1 minute et 21 secondes', 'duration', 'PT1M21S')
Q('premier', 'ordinal', 1, at='la ', optional=True)
Q('1 minute et 40 secondes', 'duration', 'PT1M40S')
Q('19 secondes', 'duration', 'PT19S')

if __name__ == '__main__':
    d.write()
