"""Ebola : l'OMS déclare que l'épidémie est terminée en Afrique de l'Ouest (2016-01-01)."""
from goldlib import Doc

d = Doc('2016_01_01-002', '2016-01-01', 'holdout', source='winer-fr/dev', entities=False)
Q = d.q

Q('1er janvier 2016', 'date', '2016-01-01')
Q('29 décembre dernier', 'date', '2015-12-29')
Q('novembre dernier', 'date', '2015-11')
Q('premier', 'ordinal', 1, at='le ', optional=True)  # "le premier cas connu"
Q('décembre 2013', 'date', '2013-12')
Q('2014-2015', 'date', '2014', approx='range', value_max='2015')
# cases in Guinea and neighbouring countries: a figure spread over several places
# has no location; its date is the range "2014-2015", which no single ISO value gives
Q('plus de 28 000', 'count', 28000, 'cas', approx='min', f=('AFFECT', None, None, None))
Q('11 000', 'count', 11000, 'victime', f=('KILL', None, None, None))
# "dans le pays" = Guinée (the country of the lead)
Q("plus d'une centaine", 'count', 100, 'cas', approx='min', f=('AFFECT', 'Guinée', 'GN', None))
Q('2014', 'date', '2014', at='Ouest en ')
Q('90 jours', 'duration', 'P90D')

if __name__ == '__main__':
    d.write()
