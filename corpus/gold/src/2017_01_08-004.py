"""Israël : un attentat à Jérusalem fait quatre morts (2017-01-08)."""
from goldlib import Doc

d = Doc('2017_01_08-004', '2017-01-08', 'train', source='winer-fr/dev', entities=False)
Q = d.q

D = '2017-01-08'  # the attack: "ce dimanche 8 janvier"
Q('quatre', 'count', 4, 'mort', at='fait ', f=('KILL', 'Jérusalem', 'IL', D))
Q('8 janvier 2017', 'date', D)
Q('Quatre', 'count', 4, 'soldat', at='. – ', f=('KILL', 'Jérusalem', 'IL', D))
Q('dimanche 8 janvier', 'date', D)
Q('quatre', 'count', 4, 'militaire', at='tuant ', f=('KILL', None, None, D))  # "quatre d'entre eux [militaires]"
Q('14 juillet', 'date', '2016-07-14')
Q('19 décembre', 'date', '2016-12-19')
Q('quatre', 'count', 4, 'personne', at='les ', f=('KILL', None, None, D))
Q('trois', 'count', 3, 'femme', at='tuées, ', f=('KILL', None, None, D))
Q('un', 'count', 1, 'homme', at='femmes et ', optional=True, f=('KILL', None, None, D))
Q('une vingtaine d’années', 'age', 20, 'year', approx='approx')
Q('111', 'count', 111, 'attaque', f=('OTHER', None, None, '2016'))
Q('2016', 'date', '2016', at='l’année ')
Q('8 juin', 'date', '2016-06-08')
Q('Quatre', 'count', 4, 'civil', at='. ', f=('KILL', None, None, '2016-06-08'))
Q('deux', 'count', 2, 'palestinien', at='par ', f=('OTHER', None, None, '2016-06-08'))
Q('octobre 2015', 'date', '2015-10')
# Toll of the wave of attacks since October 2015: no single date, no place in the sentence.
Q('247', 'count', 247, 'palestinien', f=('KILL', None, None, None))
Q('40', 'count', 40, 'israélien', f=('KILL', None, None, None))
Q('deux', 'count', 2, 'américain', at='Israéliens, ', f=('KILL', None, None, None))
Q('un', 'count', 1, 'jordanien', at='Américains , ', optional=True, f=('KILL', None, None, None))
Q('un', 'count', 1, 'érythréen', at='Jordanien , ', optional=True, f=('KILL', None, None, None))
Q('un', 'count', 1, 'soudanais', at='Érythréen et ', optional=True, f=('KILL', None, None, None))

if __name__ == '__main__':
    d.write()
