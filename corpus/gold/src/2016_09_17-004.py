"""Jeux paralympiques de Rio : un Iranien meurt après une chute en vélo (2016-09-17)."""
from goldlib import Doc

d = Doc('2016_09_17-004', '2016-09-17', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-09-17'
# Indefinite "un/une" counting the victim of the reported event: optional count and fact
# (as "une femme ... a été arrêtée" in the seed). Death of the day's news: dateline date.
Q('un', 'count', 1, 'iranien', at='Rio : ', optional=True,
  f=('KILL', 'Rio', 'BR', T))                     # headline: headline's place
Q('17 septembre 2016', 'date', T)
Q('Un', 'count', 1, 'cycliste', at='– ', optional=True,
  f=('KILL', None, None, T))                      # no place in its sentence
Q('48 ans', 'age', 48, 'year')
Q('2002', 'date', '2002')
Q('2012', 'date', '2012')
Q('premier', 'ordinal', 1, optional=True)         # "premier décès": spelled ordinal

if __name__ == '__main__':
    d.write()
