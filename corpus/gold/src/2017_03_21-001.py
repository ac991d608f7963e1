"""France : décès du cycliste Roger Pingeon (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-001', '2017-03-21', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

# No required count or money figure: Pingeon's death is told without a number.
Q('21 mars 2017', 'date', '2017-03-21')
Q('97 ans', 'age', 97, 'year')
Q('fin décembre', 'date', '2016-12')
Q('89 ans', 'age', 89, 'year')
Q('le mois dernier', 'date', '2017-02', optional=True)
# "un autre vainqueur du Tour de France décède": indefinite for Pingeon, optional
Q('un', 'count', 1, 'vainqueur', at='mois dernier , ', optional=True, f=('KILL', None, None, '2017-03-18'))
Q('cet hiver', 'date', '2016-12', approx='range', value_max='2017-02', optional=True)
Q('76 ans', 'age', 76, 'year')
Q('samedi 18 à dimanche 19 mars', 'date', '2017-03-18', approx='range', value_max='2017-03-19')
Q('années 2000', 'date', '2000', approx='range', value_max='2009')
Q('1967', 'date', '1967')
Q('deuxième', 'ordinal', 2, optional=True)
Q('1969', 'date', '1969')
Q('cette même année', 'date', '1969', optional=True)

if __name__ == '__main__':
    d.write()
