"""France : Nicolas Sarkozy annonce sa candidature à l'élection présidentielle de 2017 (2016-08-22)."""
from goldlib import Doc

d = Doc('2016_08_22-001', '2016-08-22', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('2017', 'date', '2017', at=0)                 # headline
Q('22 août 2016', 'date', '2016-08-22')
Q('2017', 'date', '2017', at=1)
Q('mercredi 24 août', 'date', '2016-08-24')     # "ce mercredi 24 août"
Q('trois mois', 'duration', 'P3M')
Q('cinq', 'count', 5, 'chapitre', f=('OTHER', None, None, None))
Q("aujourd'hui", 'date', '2016-08-22', optional=True)
Q('premier', 'ordinal', 1, at='Le ', optional=True)   # "Le premier meeting"
Q('jeudi', 'date', '2016-08-25', optional=True)       # "doit se tenir jeudi" (article of Monday 22)

if __name__ == '__main__':
    d.write()
