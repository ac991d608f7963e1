"""Le Kurdistan irakien vers l'indépendance (2017-09-28)."""
from goldlib import Doc

d = Doc('2017_09_28-001', '2017-09-28', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

Q('28 septembre 2017', 'date', '2017-09-28')
Q('25 septembre', 'date', '2017-09-25', at=0)
Q('1920', 'date', '1920')
# Kurdish population, spread over four countries -> no location; nothing happened to it -> OTHER
Q('près de 40 millions', 'count', 40000000, 'kurde', approx='approx', f=('OTHER', None, None, None))
Q('2003', 'date', '2003')
Q('2005', 'date', '2005')
Q('1992', 'date', '1992')
# "une première" (a first): not a quantity
Q('2014', 'date', '2014')
Q('moitié', 'number', 0.5, optional=True)   # "peuplée à moitié": fraction word, undecidable
Q('25 septembre', 'date', '2017-09-25', at=1)
Q('92,7 %', 'percent', 92.7, '%')
Q('75,1 %', 'percent', 75.1, '%')
Q('demain', 'date', '2017-09-29', optional=True)   # figurative "in future", digitless deictic
Q('double', 'number', 2, optional=True)
# "aucun pays", "chaque pays": not quantities

if __name__ == '__main__':
    d.write()
