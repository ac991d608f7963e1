"""Philippines : première campagne de vaccination anti-dengue (2016-04-07)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from goldlib import Doc  # noqa: E402
d = Doc('2016_04_07-002', '2016-04-07', 'repro-c', source='winer-fr/train', entities=False)
Q = d.q

L = '2016-04-04'   # programme launched "ce lundi 4 avril": its funding and targets take that date
PH = ('Philippines', 'PH')
Q('première', 'ordinal', 1, at='lance la ', optional=True)   # headline, spelled ordinal
Q('février 2016', 'date', '2016-02')                           # photo caption
Q('7 avril 2016', 'date', '2016-04-07')
Q('premier', 'ordinal', 1, at='lancé le ', optional=True)
Q('lundi 4 avril', 'date', L)
# funding sentence names no place (Philippines only in the previous sentence): location null
Q('3,5 milliards de pesos', 'money', 3500000000, 'PHP', f=('COST', None, None, L))
Q("environ 66 millions d'euros", 'money', 66000000, 'EUR', approx='approx', f=('COST', None, None, L))
# children to be vaccinated, schools: nothing happens to them in the table's sense -> OTHER
Q('un million', 'count', 1000000, 'enfant', f=('OTHER', None, None, L))
Q('6 000', 'count', 6000, 'école', f=('OTHER', None, None, L))
Q('premier', 'ordinal', 1, at='est le ', optional=True)
Q('décembre 2015', 'date', '2015-12')
Q('quatre', 'count', 4, 'pays', f=('OTHER', None, None, None))  # spread over four named countries: no location
Q('trois', 'count', 3, 'injection', f=('OTHER', None, None, None))
Q('6 mois', 'duration', 'P6M')
Q('20 euros', 'money', 20, 'EUR', f=('OTHER',) + PH + (None,))  # unit price; fronted "Dans le cas des Philippines"
Q('65,6 %', 'percent', 65.6, '%')
# "8 hospitalisations sur 10": ratio; both figures counts of hospitalisation (10 elided)
Q('8', 'count', 8, 'hospitalisation', at='prévenir ', f=('OTHER', None, None, None))
Q('10', 'count', 10, 'hospitalisation', at='hospitalisations sur ', f=('OTHER', None, None, None))
Q('près de 93 %', 'percent', 93, '%', approx='approx')
Q('20 ans', 'duration', 'P20Y', at='nécessité ')
# investment in the vaccine; the sentence names Neuville-sur-Saône (production site)
Q("1,5 milliard d'euro", 'money', 1500000000, 'EUR', f=('COST', 'Neuville-sur-Saône', 'FR', None))
Q('une quarantaine', 'count', 40, 'personne', approx='approx', f=('EMPLOY', 'Neuville-sur-Saône', 'FR', None))
# dengue cases / people and states exposed -> AFFECT (epidemic cases and people exposed)
Q('Environ 400 millions', 'count', 400000000, 'cas', approx='approx', f=('AFFECT', None, None, None))  # "dans le monde": no place
Q('près de 200 000', 'count', 200000, 'cas', approx='approx', f=('AFFECT',) + PH + ('2013',))  # "en comptaient": cas
Q('2013', 'date', '2013', at='200 000 en ')
Q('200 000', 'count', 200000, 'cas', at='Ces ', f=('AFFECT', None, None, '2013'))
Q('59,5 %', 'percent', 59.5, '%')
Q("l'année précédente", 'date', '2012', optional=True)   # digitless relative (to 2013)
Q('Près de la moitié', 'number', 0.5, approx='approx', optional=True)  # fraction word, undecidable
Q('plus de 6 milliards de dollars', 'money', 6000000000, 'USD', approx='min', f=('COST', None, None, None))
Q('1970', 'date', '1970')   # "avant 1970": preposition out, exact
Q('9', 'count', 9, 'pays', at='seuls ', f=('AFFECT', None, None, '1970'))
Q('128', 'count', 128, 'état', at='désormais ', f=('AFFECT', None, None, None))
Q('près de 4 milliards', 'count', 4000000000, 'être humain', approx='approx', f=('AFFECT', None, None, None))
Q('plus de 100', 'count', 100, 'pays', approx='min', f=('AFFECT', None, None, None))
Q('128', 'count', 128, 'pays', at='de ces ', f=('AFFECT', None, None, None))
Q('1,5 millions', 'count', 1500000, 'cas', f=('AFFECT', 'Brésil', 'BR', '2015'))
Q('2015', 'date', '2015', at='cas en ')
Q('300 %', 'percent', 300, '%')
Q('un an', 'duration', 'P1Y', at='en ', optional=True)
Q('2013', 'date', '2013', at='depuis ')
Q('plus de 70 ans', 'duration', 'P70Y', approx='min')
Q('première', 'ordinal', 1, at='pour la ', optional=True)
Q('2010', 'date', '2010')

if __name__ == '__main__':
    d.write()
