"""Soudan du Sud : six travailleurs humanitaires tués (2017-03-29)."""
from goldlib import Doc

d = Doc('2017_03_29-004', '2017-03-29', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

A = '2017-03-26'   # the ambush is only dated by its announcement, "le 26 mars"
SS = ('Soudan du Sud', 'SS')
Q('six', 'count', 6, 'travailleur', at=0, f=('KILL',) + SS + (A,))       # headline
Q('29 mars 2017', 'date', '2017-03-29')
Q('Six', 'count', 6, 'travailleur', f=('KILL',) + SS + (A,))
Q('26 mars', 'date', A)
Q('troisième', 'ordinal', 3, optional=True)
Q('début du mois', 'date', '2017-03', at='depuis le ', optional=True)   # digitless deictic
Q('décembre 2013', 'date', '2013-12')
# "pas moins de la moitié de la population": a fraction word, undecidable kind.
Q('pas moins de la moitié', 'number', 0.5, approx='min', optional=True)
# victims of the same ambush; no place in their sentence -> null.
Q('trois', 'count', 3, 'kényan', at='seraient ', f=('KILL', None, None, A))
Q('trois', 'count', 3, 'sud-soudanais', at='Kényans et ', f=('KILL', None, None, A))
Q('ce mois-ci', 'date', '2017-03', optional=True)
# indefinite "un" counting victims of a reported event: optional (seed rule);
# most specific place of the sentence: Yirol.
Q('un', 'count', 1, 'travailleur', at='ce mois-ci, ', optional=True,
  f=('KILL', 'Yirol', 'SS', '2017-03-14'))
Q('un', 'count', 1, 'patient', at='santé et ', optional=True,
  f=('KILL', 'Yirol', 'SS', '2017-03-14'))
Q('14 mars', 'date', '2017-03-14')
Q('début du mois', 'date', '2017-03', at='Au ', optional=True)
Q('quatre jours', 'duration', 'P4D')

if __name__ == '__main__':
    d.write()
