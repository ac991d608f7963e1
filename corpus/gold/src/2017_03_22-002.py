"""France : Pierre Moscovici épinglé à son tour pour s'être fait offrir des costumes de luxe (2017-03-22)."""
from goldlib import Doc

d = Doc('2017_03_22-002', '2017-03-22', 'holdout7', source='winer-fr/dev', entities=False)
Q = d.q

Q('22 mars 2017', 'date', '2017-03-22')
Q('mercredi 22 mars', 'date', '2017-03-22')
Q('mois dernier', 'date', '2017-02', optional=True)   # digitless deictic
# Value of the suits Bourgi paid for (money spent) -> COST; dated by "le mois
# dernier"; "parisien" is an adjective and Arnys a business: no location.
Q('13 000 euros', 'money', 13000, 'EUR', f=('COST', None, None, '2017-02'))
Q('2012', 'date', '2012')                             # "avant" left out
# "des années 1990 ou 2000": two decades, alternatives joined by "ou" -> two ranges.
Q('années 1990', 'date', '1990', approx='range', value_max='1999')
Q('2000', 'date', '2000', approx='range', value_max='2009')
Q('semaine dernière', 'date', '2017-W11', optional=True)
Q('jeudi', 'date', '2017-03-16', at='élargie ', optional=True)
Q('plus de quarante-cinq ans', 'duration', 'P45Y', approx='min')  # "depuis" left out

if __name__ == '__main__':
    d.write()
