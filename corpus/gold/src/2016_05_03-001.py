"""France : un homme tué à coups de couteau à Aix-les-Bains (2016-05-03)."""
from goldlib import Doc

d = Doc('2016_05_03-001', '2016-05-03', 'dev', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-05-03'
AIX = ('KILL', 'Aix-les-Bains', 'FR', D)
Q('un', 'count', 1, 'homme', at='France : ', optional=True, f=AIX)
Q('Un', 'count', 1, 'homme', at=0, optional=True, f=AIX)
Q('mardi 3 mai', 'date', D, at=0)
Q('3 mai 2016', 'date', D)
Q('Un', 'count', 1, 'homme', at='. –\n', optional=True, f=AIX)
Q('mardi 3 mai', 'date', D, at=1)
Q('peu après 19 h 00', 'time', '19:00', approx='min')
Q('29 ans', 'age', 29, 'year')
# "4 mai 2015" is evidently a slip for 2016; the gold keeps the value written.
Q('4 mai 2015', 'date', '2015-05-04')
Q('12h00', 'time', '12:00')
Q('lendemain', 'date', '2016-05-04', optional=True)

if __name__ == '__main__':
    d.write()
