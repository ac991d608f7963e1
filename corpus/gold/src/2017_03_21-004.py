"""Haïti : le cortège de l'ancien président visé par des tirs (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-004', '2017-03-21', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

H = '2017-03-20'   # shots "hier après-midi"
Q('21 mars 2017', 'date', '2017-03-21')
Q('hier', 'date', H, optional=True)            # "après-midi" is not a quantity
# "un de ses avocats", "l'un de ses avocats": not quantities ("l'un des").
# "une personne est blessée": indefinite counting a victim of the event -> optional (seed);
# no place named in the sentence.
Q('une', 'count', 1, 'personne', at='indemne mais ', optional=True, f=('WOUND', None, None, H))
Q('63 ans', 'age', 63, 'year')
Q("aujourd'hui", 'date', '2017-03-21', optional=True)
Q('2004', 'date', '2004')
Q('2011', 'date', '2011')                      # "jusqu'en" left out
# "Premier ministre": title, not a quantity.
Q('11 mars dernier', 'date', '2017-03-11')

if __name__ == '__main__':
    d.write()
