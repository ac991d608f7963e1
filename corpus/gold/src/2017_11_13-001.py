"""Qatar : quatre femmes nommées au Conseil de rédaction de la loi (2017-11-13)."""
from goldlib import Doc

d = Doc('2017_11_13-001', '2017-11-13', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

J = '2017-11-09'  # "Jeudi" before Monday 13 November: the decree
P = ('PARTICIPATE', 'Qatar', 'QA', J)  # members appointed to the council
Q('quatre', 'count', 4, 'femme', at='Qatar : ', f=P)
Q('13 novembre 2017', 'date', '2017-11-13')
Q('Quatre', 'count', 4, 'femme', at='– ', f=P)
Q('Jeudi', 'date', J, optional=True)
Q('28', 'count', 28, 'membre', f=P)
Q('Quatre', 'count', 4, 'membre', at='pays. ', f=P)
Q('première', 'ordinal', 1, at='marque la ', optional=True)
Q('45', 'count', 45, 'membre', f=('PARTICIPATE', None, None, None))  # council size; no place in its sentence
Q('26 juin 2013', 'date', '2013-06-26')
Q('première', 'ordinal', 1, at="n'était pas la ", optional=True)
Q('2003', 'date', '2003')
Q('première', 'ordinal', 1, at='devenue la ', optional=True)
Q('2013', 'date', '2013', at='Jaber en ')
Q('cinq derniers mois', 'duration', 'P5M')
Q('2022', 'date', '2022')
Q('Le mois dernier', 'date', '2017-10', optional=True)

if __name__ == '__main__':
    d.write()
