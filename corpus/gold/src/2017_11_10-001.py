"""France : un automobiliste fonce intentionnellement sur un groupe de personnes à Blagnac (2017-11-10)."""
from goldlib import Doc
d = Doc('2017_11_10-001', '2017-11-10', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-11-10'   # "cet après-midi vers 15h49"
# Headline "un automobiliste": indefinite counting a participant -> optional count, optional fact
# (nothing in the table fits what the driver did -> OTHER); headline's place Blagnac.
Q('un', 'count', 1, 'automobiliste', at=0, optional=True, f=('OTHER', 'Blagnac', 'FR', T))
Q('10 novembre 2017', 'date', T)
Q('vers 15h49', 'time', '15:49', approx='approx')
# "Trois personnes ont été blessées.": own sentence names no place (Blagnac is in the sentence before)
Q('Trois', 'count', 3, 'personne', f=('WOUND', None, None, T))
Q('22 à 23 ans', 'age', 22, 'year', approx='range', value_max=23)
Q('28 ans', 'age', 28, 'year')
Q('décembre 2016', 'date', '2016-12')   # "jusqu'en décembre 2016": preposition out, exact

if __name__ == '__main__':
    d.write()
