"""La Commission européenne lance une procédure de sanctions contre l'Espagne et le Portugal (2016-07-09)."""
from goldlib import Doc

d = Doc('2016_07_09-003', '2016-07-09', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "les deux pays" = Spain and Portugal: a figure spread over two places has no
# location; nothing happens to them as counted things -> OTHER.
P2 = ('OTHER', None, None, None)
Q('9 juillet 2016', 'date', '2016-07-09')
Q('7 juillet', 'date', '2016-07-07')
Q('premier', 'ordinal', 1, at='dans un ', optional=True)   # "dans un premier temps"
Q('deux', 'count', 2, 'pays', at='dans ces ', f=P2)
Q('deux', 'count', 2, 'pays', at='vivent ces ', f=P2)
Q('près de six mois', 'duration', 'P6M', approx='approx')
Q('1997', 'date', '1997')
Q('2012', 'date', '2012')
Q('3 %', 'percent', 3, '%')
Q('0,5 %', 'percent', 0.5, '%', at=0)
Q('0,2 %', 'percent', 0.2, '%')
Q('0,5 %', 'percent', 0.5, '%', at=1)
# potential sanction ("au maximum plus de six milliards"): "plus de" is the span's
# qualifier -> min; a penalty not imposed -> OTHER (as charges before a verdict)
Q("plus de six milliards d'euros", 'money', 6000000000, 'EUR', approx='min',
  f=('OTHER', 'Espagne', 'ES', None))
Q('mai 2016', 'date', '2016-05')
Q('11,9 %', 'percent', 11.9, '%')
Q('2009', 'date', '2009')
Q('5,1 %', 'percent', 5.1, '%')
Q('2015', 'date', '2015', at='5,1 % en ')
Q('10,2 %', 'percent', 10.2, '%')
Q('4,4 %', 'percent', 4.4, '%')
Q('deux', 'count', 2, 'pays', at='Toutefois, les ', f=P2)
Q('4,2 %', 'percent', 4.2, '%')
Q('2,7 %', 'percent', 2.7, '%')
Q('3,2 %', 'percent', 3.2, '%')
Q('2015', 'date', '2015', at='3,2 % de ')
Q('3,1 %', 'percent', 3.1, '%')
Q('2017', 'date', '2017')
# expected fine, not (yet) imposed -> OTHER; "ministre ... espagnol" gives no location
Q('zéro euro', 'money', 0, 'EUR', f=('OTHER', None, None, None))
Q('21 %', 'percent', 21, '%')
Q('début 2016', 'date', '2016-01')    # by analogy with "fin 2016" -> 2016-12
Q('46 %', 'percent', 46, '%')
Q('deux', 'count', 2, 'pays', at='traversent les ', f=P2)
Q('plus de six mois', 'duration', 'P6M', approx='min')
# two general elections held in Spain (sentence subject "L'Espagne"); votes -> VOTE
Q('deux', 'count', 2, 'élection', at='malgré ', f=('VOTE', 'Espagne', 'ES', None))
Q('six mois', 'duration', 'P6M', at='dans les ')
Q('novembre 2015', 'date', '2015-11')
# coalition partners, "En ce qui concerne le Portugal" scopes the sentence
Q('deux', 'count', 2, 'parti', at='socialiste et ', f=('PARTICIPATE', 'Portugal', 'PT', '2015-11'))
Q('deux', 'count', 2, 'parti', at='Ces ', f=('OTHER', None, None, None))   # "Ces deux derniers [partis]"
Q('premier', 'ordinal', 1, at='alors que le ', optional=True)    # "le premier" = the former
Q('première', 'ordinal', 1, optional=True)                        # "la première puissance"

if __name__ == '__main__':
    d.write()
