"""Triathlon : championnats de France longue distance à Baudreix (2016-06-19)."""
from goldlib import Doc

d = Doc('2016_06_19-002', '2016-06-19', 'train', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: no facts. Race results and distances are measures/durations.
Q('19 juin 2016', 'date', '2016-06-19')
Q('2016', 'date', '2016', at="L'édition ")
Q('1747 mètres', 'measure', 1747, 'm')
Q('1709 mètres', 'measure', 1709, 'm')
Q('3 km', 'measure', 3, 'km')
Q('107', 'measure', 107, 'km', at='natation, ')        # "107 [km] de cyclisme"
Q('20,7', 'measure', 20.7, 'km', at='cyclisme et ')    # "20,7 [km] de course à pied"
Q('2016', 'date', '2016', at='le titre ')
Q('plus de huit minutes', 'duration', 'PT8M', approx='min')
Q('seconde', 'ordinal', 2, at='à la ', optional=True)
Q('trois minutes', 'duration', 'PT3M')
Q('premiers', 'ordinal', 1, at='les ', optional=True)  # "les premiers kilomètres"
Q('premier', 'ordinal', 1, at='son ', optional=True)
Q('5 h 18 min 12 s', 'duration', 'PT5H18M12S')
Q('deuxième', 'ordinal', 2, optional=True)
Q('troisième', 'ordinal', 3, optional=True)
Q('second', 'ordinal', 2, at='son ', optional=True)
Q('2012', 'date', '2012', at='championne ')
Q('5 h 42 min 48 s', 'duration', 'PT5H42M48S')
Q('seconde', 'ordinal', 2, at='sa ', optional=True)

if __name__ == '__main__':
    d.write()
