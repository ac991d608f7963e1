"""France : la CFDT devient la première organisation syndicale (2017-04-01)."""
from goldlib import Doc

d = Doc('2017_04_01-002', '2017-04-01', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# Spelled ordinals ("première place", "première organisation") are optional.
# Changes in percentage points ("1,92 point", "- 0,35 point") are taken as kind
# percent (unit %), written sign kept in the value, "point" in the span.
# Vote tallies of the representativeness ranking -> VOTE; no place in their sentences;
# they aggregate elections held over four years, so no date (the ranking was only
# published on 31 March).
V = ('VOTE', None, None, None)
Q('première', 'ordinal', 1, at=0, optional=True)                   # headline
Q('1er avril 2017', 'date', '2017-04-01')
Q('première', 'ordinal', 1, at='Pour la ', optional=True)
Q('première', 'ordinal', 1, at='a perdu sa ', optional=True)
Q('première', 'ordinal', 1, at='cette ', optional=True)
Q('25,12 %', 'percent', 25.12, '%')
Q('première', 'ordinal', 1, at='soit la ', optional=True)
Q('92,65 %', 'percent', 92.65, '%')
Q('première', 'ordinal', 1, at='conserver sa ', optional=True)
Q('première', 'ordinal', 1, at='CFDT qui devient la ', optional=True)
Q('vendredi 31 mars', 'date', '2017-03-31')
Q('quatre ans', 'duration', 'P4Y', at='tous les ')                 # frequency, "tous les quatre ans"
Q('2008', 'date', '2008', at=0)                                    # "la loi de 2008"
# company-size threshold: a count of staff -> EMPLOY (guideline: any count of staff)
Q('au moins 11', 'count', 11, 'salarié', approx='min', at='comptant ', f=('EMPLOY', None, None, None))
Q('8 %', 'percent', 8, '%', at=0)
Q('10 %', 'percent', 10, '%')
Q('24,85 %', 'percent', 24.85, '%')
Q('1 302 775', 'count', 1302775, 'suffrage', f=V)
Q('1,92 point', 'percent', 1.92, '%')
Q('26,37', 'percent', 26.37, '%')                                   # "%" left out in the text
Q('1 342 670', 'count', 1342670, 'suffrage', f=V)
Q('0,37 point', 'percent', 0.37, '%')
Q('15,59 %', 'percent', 15.59, '%')
Q('- 0,35 point', 'percent', -0.35, '%')
Q('10,67 %', 'percent', 10.67, '%', at=0)
Q('+ 1,24 point', 'percent', 1.24, '%')
Q('9,49 %', 'percent', 9.49, '%')
Q('+ 0,19 point', 'percent', 0.19, '%')
Q('5,35 %', 'percent', 5.35, '%')
Q('+ 1,09 point', 'percent', 1.09, '%')
Q('3,46 %', 'percent', 3.46, '%')
Q('- 0,01 point', 'percent', -0.01, '%')
Q('5 243 128', 'count', 5243128, 'suffrage', f=V)
Q('42,76 %', 'percent', 42.76, '%')
# "les deux premiers syndicats": count of unions ranked, nothing happens to them -> OTHER
Q('deux', 'count', 2, 'syndicat', at='entre les ', f=('OTHER', None, None, None))
Q('premiers', 'ordinal', 1, optional=True)
Q('moins de 8 %', 'percent', 8, '%', approx='max')
Q('30,32 %', 'percent', 30.32, '%')
Q('28,57 %', 'percent', 28.57, '%')
Q('17,93 %', 'percent', 17.93, '%')
Q('12,27 %', 'percent', 12.27, '%')
Q('10,91 %', 'percent', 10.91, '%')
Q('au moins 11', 'count', 11, 'salarié', approx='min', at="d’", f=('EMPLOY', None, None, None))
Q('62,63 %', 'percent', 62.63, '%')
Q('103 000', 'count', 103000, 'voix', f=V)
Q('quatre dernières années', 'duration', 'P4Y')
Q('2 103', 'count', 2103, 'voix', f=V)                             # elided: "en a perdu 2 103 [voix]"
Q('quatre ans', 'duration', 'P4Y', at='cycle de ')
Q('2008', 'date', '2008', at=1)
Q('8 %', 'percent', 8, '%', at='obtenir ')
Q('41,21 %', 'percent', 41.21, '%')
Q('40,44 %', 'percent', 40.44, '%')
# "plus de la moitié des suffrages": a fraction in words, unclear kind -> optional
Q('plus de la moitié', 'percent', 50, '%', approx='min', optional=True)
Q('30 %', 'percent', 30, '%')
Q('juin dernier', 'date', '2016-06')
Q('deux', 'count', 2, 'bloc', at="l'un des ", f=('OTHER', None, None, None))
Q('10,67 %', 'percent', 10.67, '%', at=1)

if __name__ == '__main__':
    d.write()
