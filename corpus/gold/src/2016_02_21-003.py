"""Syrie : multiples revers pour Daech (2016-02-21)."""
from goldlib import Doc

d = Doc('2016_02_21-003', '2016-02-21', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "ces derniers jours", "des dizaines de villages", "plusieurs villages",
# "quelques frappes" carry no definite value: not quantities.
OFF = '2016-02-17'   # FDS offensive in Hassaké, launched "Le 17 février"
FAL = ('Falloujah', 'IQ')
Q('21 février 2016', 'date', '2016-02-21')
Q('17 février', 'date', OFF)
# "À peine trois jours plus tard": "à peine" stresses shortness; value exact.
Q('trois jours', 'duration', 'P3D')
# Raqqa and Mosul: nothing happens to the cities (the road between them is cut);
# a figure spread over two places has no location.
Q('deux', 'count', 2, 'ville', at='les ', f=('OTHER', None, None, None))
# Tolls of the offensive: no place named in the sentence; dated by the offensive.
Q('Près de 163', 'count', 163, 'djihadiste', approx='approx', f=('KILL', None, None, OFF))
Q('onze', 'count', 11, 'combattant', f=('KILL', None, None, OFF))
# "victimes des bombardements", in the toll of the killed
Q('Quelque quarante', 'count', 40, 'civil', approx='approx', f=('KILL', None, None, OFF))
# "dans le Nord-Ouest du pays": description of Syria
Q('deux', 'count', 2, 'front', at='avance sur ', f=('OTHER', 'Syrie', 'SY', None))
Q('Près de cinquante', 'count', 50, 'combattant', approx='approx',
  f=('KILL', None, None, '2016-02-21'))
Q('21 février', 'date', '2016-02-21', at='journée du ')
Q('11 février', 'date', '2016-02-11')
Q('août 2014', 'date', '2014-08')
Q('9 février', 'date', '2016-02-09')
Q('deuxième', 'ordinal', 2, optional=True)
Q('première', 'ordinal', 1, optional=True)
Q('19 février', 'date', '2016-02-19')
# indefinite "une femme" beaten by the EI police: participant of a reported event
Q('une', 'count', 1, 'femme', at="ce qu'", optional=True, f=('WOUND',) + FAL + (None,))
Q('deux', 'count', 2, 'quartier', at='dans ', f=('OTHER',) + FAL + ('2016-02-19',))
Q('21 février', 'date', '2016-02-21', at='dessus le ')
Q('près de 200', 'count', 200, 'personne', approx='approx', f=('ARREST',) + FAL + ('2016-02-21',))

if __name__ == '__main__':
    d.write()
