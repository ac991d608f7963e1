"""Un Français enlevé en RDC (2017-03-02)."""
from goldlib import Doc

d = Doc('2017_03_02-001', '2017-03-02', 'train', source='winer-fr/train', entities=False)
Q = d.q

K = '2017-03-01'   # kidnapping "hier, mercredi 1er mars"
Q('Un', 'count', 1, 'français', at=0, optional=True, f=('KIDNAP', 'RDC', 'CD', K))
Q('2 mars 2017', 'date', '2017-03-02')
Q('Hier', 'date', K, optional=True)
Q('mercredi 1er mars', 'date', K)
Q('un', 'count', 1, 'français', at='figure ', optional=True, f=('KIDNAP', None, None, K))
Q('ce jeudi', 'date', '2017-03-02', at='confirmé ', optional=True)
Q('trois', 'count', 3, 'congolais', f=('KIDNAP', None, None, K))
Q('un', 'count', 1, 'tanzanien', at='Congolais et ', optional=True, f=('KIDNAP', None, None, K))
Q('ce jeudi', 'date', '2017-03-02', at='Reuters ', optional=True)
Q('un', 'count', 1, 'ressortissant', at="présence d'", optional=True,
  f=('KIDNAP', 'République démocratique du Congo', 'CD', K))
Q('1er mars', 'date', K, at='le ')
Q('plus de 20 ans', 'duration', 'P20Y', approx='min')
Q("ce début d'année", 'date', '2017', optional=True)
Q('31 janvier', 'date', '2017-01-31')
Q('du 20 au 22 février', 'date', '2017-02-20', approx='range', value_max='2017-02-22')
# deaths over the clashes of 31 January and 20-22 February ("ce début d'année")
Q('une vingtaine', 'count', 20, 'personne', approx='approx', f=('KILL', None, None, '2017'))
Q('deux', 'count', 2, 'soldat', f=('KILL', None, None, '2017'))

if __name__ == '__main__':
    d.write()
