"""France : un homme tué chez lui lors d'une intervention policière (2017-03-29)."""
from goldlib import Doc

d = Doc('2017_03_29-003', '2017-03-29', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

K = '2017-03-26'   # "Dimanche soir" (article of Wednesday 29 March)
L = '2017-03-27'   # "lundi soir": rally, riot and arrests
# headline: indefinite "un" counting the man killed -> optional; headline's place
Q('un', 'count', 1, 'homme', at='France : ', optional=True, f=('KILL', 'France', 'FR', K))
Q('29 mars 2017', 'date', '2017-03-29')
Q('Dimanche', 'date', K, optional=True)
# arrondissement numbers work as district names: undecidable -> optional ordinals
Q('19e', 'ordinal', 19, optional=True)
Q('56 ans', 'age', 56, 'year')
Q('lundi', 'date', L, optional=True)
Q('XIXe', 'ordinal', 19, optional=True)
# no place in the sentence (strict); date of the rally stated before
Q('35', 'count', 35, 'personne', f=('ARREST', None, None, L))

if __name__ == '__main__':
    d.write()
