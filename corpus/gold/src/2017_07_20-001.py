"""France : l'université ne suit pas le boom démographique (2017-07-20)."""
from goldlib import Doc

d = Doc('2017_07_20-001', '2017-07-20', 'train', source='winer-fr/train', entities=False)
Q = d.q

Y = '2017'   # "Cette année, ce sont 87 000 bacheliers ..."
Q('20 juillet 2017', 'date', '2017-07-20')
Q('87 000', 'count', 87000, 'bachelier', at='post-bac, ', f=('AFFECT', None, None, Y))  # refused a place
Q('30 000', 'count', 30000, 'bachelier', f=('AFFECT', None, None, '2016'))
Q("l'an passé", 'date', '2016', optional=True)
Q('trois années', 'duration', 'P3Y')
Q('170 000', 'count', 170000, 'aspirant', at='sont ', f=('OTHER', None, None, None))
Q('années 2000', 'date', '2000', approx='range', value_max='2009')
Q('40 000', 'count', 40000, 'étudiant', f=('OTHER', None, None, None))
Q('cette année', 'date', Y, at='du ', optional=True)
Q('moitié', 'number', 0.5, optional=True)
Q('Cette année', 'date', Y, optional=True)
Q('87 000', 'count', 87000, 'bachelier', at='ce sont ', f=('AFFECT', None, None, Y))
Q('septembre', 'date', '2017-09')
Q("L'année dernière", 'date', '2016', optional=True)
Q('2000 à 2010', 'date', '2000', approx='range', value_max='2010')
Q('170 000', 'count', 170000, 'étudiant', at='conduire à ', f=('OTHER', None, None, None))
Q('trois prochaines années', 'duration', 'P3Y')
Q('2007', 'date', '2007')
Q('ce mois ci', 'date', '2017-07', optional=True)
Q("331 millions d'euros", 'money', 331000000, 'EUR', f=('COST', None, None, '2017-07'))  # budget cuts announced
Q('2018', 'date', '2018')

if __name__ == '__main__':
    d.write()
