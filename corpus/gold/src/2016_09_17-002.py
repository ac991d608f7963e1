"""Triathlon : WTS Cozumel 2016, aquathlon et jeunes en attendant la grande finale (2016-09-17)."""
from goldlib import Doc

d = Doc('2016_09_17-002', '2016-09-17', 'dev', source='winer-fr/train', entities=False)
Q = d.q

Q('2016', 'date', '2016', at='Cozumel ')
Q('17 septembre 2016', 'date', '2016-09-17', at=0)
Q('2016', 'date', '2016', at='la saison ')
Q('première', 'ordinal', 1, at='La ', optional=True)
Q('première', 'ordinal', 1, at='le ', optional=True)
Q('2015', 'date', '2015', at='le titre ')
Q('cinquième', 'ordinal', 5, optional=True)
Q('2015', 'date', '2015', at='junior en ')
# competitors -> PARTICIPATE; no place or date named for them
Q('deux', 'count', 2, 'française', at='performance de ', f=('PARTICIPATE', None, None, None))
Q('2 e', 'ordinal', 2)
Q('3 e', 'ordinal', 3)
Q('premier', 'ordinal', 1, at='un ', optional=True)
Q('deux', 'count', 2, 'triathlète', at='avec ', f=('PARTICIPATE', None, None, None))
Q('17 ans', 'age', 17, 'year')
Q('17 septembre 2016', 'date', '2016-09-17', at=1)

if __name__ == '__main__':
    d.write()
