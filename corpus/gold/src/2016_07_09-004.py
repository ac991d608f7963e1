"""Tour de France 2016 : Christopher Froome s'empare du maillot jaune (2016-07-09)."""
from goldlib import Doc

d = Doc('2016_07_09-004', '2016-07-09', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# Years after the event name are dates (guideline); related-article headlines
# are annotated like headlines (as in the Tour de France example).
Q('2016', 'date', '2016', at=0)   # headline
Q('2016', 'date', '2016', at=1)   # "Sur le même sujet Tour de France 2016"
Q('2016', 'date', '2016', at=2)
Q('13e', 'ordinal', 13)
Q('2016', 'date', '2016', at=3)
Q('12e', 'ordinal', 12)
Q('2016', 'date', '2016', at=4)
Q('11e', 'ordinal', 11)
Q('2016', 'date', '2016', at=5)
Q('10e', 'ordinal', 10)
Q('2016', 'date', '2016', at=6)
Q('9 juillet 2016', 'date', '2016-07-09')
Q('plus de 184 kilomètres', 'measure', 184, 'km', approx='min')
# Riders of the day's stage: PARTICIPATE, dated by the dateline; the sentence
# names two places (Pau and Bagnères-de-Luchon), so no location.
Q('198', 'count', 198, 'coureur', f=('PARTICIPATE', None, None, '2016-07-09'))
Q('premier', 'ordinal', 1, at='Froome est ', optional=True)
Q('184,5 kilomètres', 'measure', 184.5, 'km')

if __name__ == '__main__':
    d.write()
