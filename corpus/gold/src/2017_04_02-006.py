"""Israël : un homme attaque trois personnes au couteau à Jérusalem (2017-04-02)."""
from goldlib import Doc

d = Doc('2017_04_02-006', '2017-04-02', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-04-01'   # "Samedi" (article of Sunday 2 April 2017)
J = ('Jérusalem', 'IL')
# headline: place = Jérusalem (most specific); the attacker "un homme" is an
# indefinite participant -> optional count, optional fact
Q('un', 'count', 1, 'homme', at='Israël : ', optional=True, f=('OTHER',) + J + (S,))
Q('trois', 'count', 3, 'personne', at='attaque ', f=('WOUND',) + J + (S,))
Q('2 avril 2017', 'date', '2017-04-02')
Q('Samedi', 'date', S, optional=True)
Q('un', 'count', 1, 'homme', at='Israël ), ', optional=True, f=('OTHER',) + J + (S,))
Q('deux', 'count', 2, 'passant', at='attaqué ', f=('WOUND',) + J + (S,))
Q('un', 'count', 1, 'policier', at='passants et ', optional=True, f=('WOUND',) + J + (S,))
Q('17 ans', 'age', 17, 'year')
# "toutes trois": pronominal, like "tous deux" -> not annotated
Q("une vingtaine d'années", 'age', 20, 'year', approx='approx')
Q('deux', 'count', 2, 'passant', at="s'en prendre à ", f=('WOUND', None, None, S))
Q('un', 'count', 1, 'garde-frontière', at="s'agresser ", optional=True,
  f=('WOUND', None, None, S))
Q('cette semaine', 'date', '2017-W13', optional=True)
Q('Mercredi 29 mars', 'date', '2017-03-29')
Q('ce samedi', 'date', S, optional=True)
# "dans la même zone que l'agression de ce samedi" = Jérusalem (description)
Q('une', 'count', 1, 'palestinienne', at='samedi, ', optional=True,
  f=('KILL',) + J + ('2017-03-29',))
# "un an et demi": carries "demi", so not a bare un/une duration -> non-optional
Q('un an et demi', 'duration', 'P1Y6M')
# death toll over 18 months: no place in the sentence, no single date.
# "un Jordanien"... in the tally are cardinals coordinated with figures -> counts
Q('259', 'count', 259, 'palestinien', f=('KILL', None, None, None))
Q('40', 'count', 40, 'israélien', f=('KILL', None, None, None))
Q('deux', 'count', 2, 'américain', at='Israéliens, ', f=('KILL', None, None, None))
Q('un', 'count', 1, 'jordanien', at='Américains , ', f=('KILL', None, None, None))
Q('un', 'count', 1, 'érythréen', at='Jordanien , ', f=('KILL', None, None, None))
Q('un', 'count', 1, 'soudanais', at='Érythréen et ', f=('KILL', None, None, None))
Q('la semaine prochaine', 'date', '2017-W14', optional=True)

if __name__ == '__main__':
    d.write()
