"""États-Unis : le remplacement de l'Obamacare approuvé par la Chambre des représentants (2017-05-04)."""
from goldlib import Doc

d = Doc('2017_05_04-002', '2017-05-04', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

V = '2017-05-04'   # the House vote, day's news (dateline)
Q('4 mai 2017', 'date', V)
Q('217', 'count', 217, 'représentant', f=('VOTE', None, None, V))
Q('441', 'count', 441, 'représentant', f=('VOTE', None, None, V))
Q('213', 'count', 213, 'représentant', f=('VOTE', None, None, V))
Q('20', 'count', 20, 'républicain', at='et ', f=('VOTE', None, None, V))
Q('vendredi 24 mars 2017', 'date', '2017-03-24')
Q('premier', 'ordinal', 1, at='le ', optional=True)
Q('première', 'ordinal', 1, optional=True)
Q('environ 24 à 26 millions', 'count', 24000000, 'personne', approx='range', value_max=26000000,
  f=('AFFECT', None, None, None))   # people left uninsured
Q('2010', 'date', '2010')
Q('21 millions', 'count', 21000000, 'personne', f=('OTHER', None, None, None))
Q('deuxième', 'ordinal', 2, optional=True)

if __name__ == '__main__':
    d.write()
