"""France : Fillon prêt à renoncer à la présidentielle s'il est mis en examen (2017-01-28)."""
from goldlib import Doc

d = Doc('2017_01_28-006', '2017-01-28', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

Q('28 janvier 2017', 'date', '2017-01-28')
Q('mai prochain', 'date', '2017-05')
Q('20 Heures', 'time', '20:00', optional=True)     # name of TF1's news programme
Q('jeudi 26 janvier', 'date', '2017-01-26')
Q('première', 'ordinal', 1, optional=True)         # idiom "en première ligne"
# children employed as parliamentary assistants -> EMPLOY; sentence names the Sarthe;
# fact date: start of the range "de 2005 à 2007"
Q('deux', 'count', 2, 'enfant', f=('EMPLOY', 'Sarthe', 'FR', '2005'))
Q('de 2005 à 2007', 'date', '2005', approx='range', value_max='2007')
Q('vendredi', 'date', '2017-01-27', optional=True)
Q('deuxième', 'ordinal', 2, optional=True)
Q('novembre', 'date', '2016-11')

if __name__ == '__main__':
    d.write()
