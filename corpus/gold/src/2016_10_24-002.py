"""La Lune se refait une beauté ! (2016-10-24)."""
from goldlib import Doc

d = Doc('2016_10_24-002', '2016-10-24', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('24 octobre 2016', 'date', '2016-10-24')
Q('premiers', 'ordinal', 1, optional=True)            # "les premiers centimètres": spelled, vague
# "retournés approximativement tous les 81 000 ans": a period; the qualifier is
# separated from the figure by "tous les", span kept on the figure, approx kept.
Q('81 000 ans', 'duration', 'P81000Y', approx='approx')
Q('2009', 'date', '2009')
# new craters counted on the Moon ("à sa surface" = the Moon's surface; the
# article's name for it is "Lune", no country). Nothing happened to them -> OTHER.
# Date: the period's bound given in the sentence ("depuis son lancement en 2009").
Q('environ 220', 'count', 220, 'cratère', approx='approx', f=('OTHER', 'Lune', None, '2009'))

if __name__ == '__main__':
    d.write()
