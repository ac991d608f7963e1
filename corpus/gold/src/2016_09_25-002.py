"""Syrie : le nouveau front ouvert par la Turquie peine à avancer (2016-09-25)."""
from goldlib import Doc

d = Doc('2016_09_25-002', '2016-09-25', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "des centaines de rebelles", "plusieurs offensives", "quelques villages",
# "de nombreuses fois" are not quantities.
Q('25 septembre 2016', 'date', '2016-09-25')
Q('24 août', 'date', '2016-08-24', at=0)
Q('24 août', 'date', '2016-08-24', at=1)
# troops deployed into Jarablus on 24 August
Q('Quelque 500', 'count', 500, 'soldat', approx='approx',
  f=('PARTICIPATE', 'Jarablus', 'SY', '2016-08-24'))
Q('septembre', 'date', '2016-09', at='depuis ')
# "plusieurs dizaines" treated like "plusieurs milliers" (guidelines): approx,
# lower reading 20. Villages retaken: nothing in the table fits -> OTHER.
Q('plusieurs dizaines', 'count', 20, 'village', approx='approx', f=('OTHER', None, None, None))
# "ne parvenant pas à s'éloigner de plus de dix kilomètres": the expression is
# "plus de" (min), the negation lies outside it.
Q('plus de dix kilomètres', 'measure', 10, 'km', approx='min')
Q('16 septembre', 'date', '2016-09-16')
Q('juin 2016', 'date', '2016-06')
Q('fin aout', 'date', '2016-08')   # "fin 2016" -> month grain per guidelines

if __name__ == '__main__':
    d.write()
