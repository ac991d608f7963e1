"""France : le nord de la France touché par des inondations (2016-06-05)."""
from goldlib import Doc

d = Doc('2016_06_05-002', '2016-06-05', 'test', source='winer-fr/train', entities=False)
Q = d.q

J = '2016-06'  # "en ce début juin"
Q('5 juin 2016', 'date', '2016-06-05')
Q('début juin', 'date', J)
Q('treize', 'count', 13, 'département', f=('AFFECT', 'France', 'FR', J))
Q('quatre', 'count', 4, 'mort', f=('KILL', None, None, J))
Q('une', 'count', 1, 'octogénaire', at='dont ', optional=True, f=('KILL', None, None, J))
Q('vingt-quatre', 'count', 24, 'blessé', f=('WOUND', None, None, J))
Q('6,10 m', 'measure', 6.1, 'm')
Q('vendredi à samedi', 'date', '2016-06-03', approx='range', value_max='2016-06-04', optional=True)
Q('1982', 'date', '1982')
Q('Cinq', 'count', 5, 'département', f=('AFFECT', None, None, None))
Q('13 000', 'count', 13000, 'foyer', f=('AFFECT', None, None, J))
Q('20 000', 'count', 20000, 'évacuation', f=('DISPLACE', None, None, J))
Q('Une', 'count', 1, 'réunion', at='\n\n', optional=True, f=('OTHER', None, None, '2016-06-06'))
Q('lundi', 'date', '2016-06-06', optional=True)
Q('deux', 'count', 2, 'réunion', at='et ', f=('OTHER', 'Matignon', 'FR', '2016-06-07'))
Q('mardi', 'date', '2016-06-07', optional=True)
Q('mercredi', 'date', '2016-06-08', optional=True)

if __name__ == '__main__':
    d.write()
