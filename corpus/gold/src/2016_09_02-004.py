"""France : ouverture du festival du cinéma américain de Deauville (2016-09-02)."""
from goldlib import Doc

d = Doc('2016_09_02-004', '2016-09-02', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

FEST = '2016-09'   # festival of 2 to 11 September 2016: smallest ISO grain holding it
Q('2 septembre 2016', 'date', '2016-09-02', at=0)
Q('Du 2 septembre 2016 au 11 septembre 2016', 'date', '2016-09-02', approx='range', value_max='2016-09-11')
Q('42 e', 'ordinal', 42)
# films shown at the festival (present at / competing in the event) -> PARTICIPATE
Q('37', 'count', 37, 'film', f=('PARTICIPATE', 'Deauville', 'FR', FEST))
Q('14', 'count', 14, 'film', f=('PARTICIPATE', 'Deauville', 'FR', FEST))   # "14 [films] participeront au concours"
Q('première', 'ordinal', 1, at='La ', optional=True)
# "La cinquième vague" (twice) is a film title: not a quantity
Q('19 ans', 'age', 19, 'year')
Q('cette année', 'date', '2016', optional=True)
Q('27 ans', 'age', 27, 'year')
Q('premier', 'ordinal', 1, at='Le ', optional=True)
Q('dimanche', 'date', '2016-09-04', optional=True)   # the coming Sunday

if __name__ == '__main__':
    d.write()
