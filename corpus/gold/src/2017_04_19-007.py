"""Turquie : le référendum sur la réforme constitutionnelle approuvé de justesse (2017-04-19)."""
from goldlib import Doc

d = Doc('2017_04_19-007', '2017-04-19', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# The referendum's own date is not given in the text; "des milliers de manifestants": no value.
Q('19 avril 2017', 'date', '2017-04-19')
Q('51,41\u202f%', 'percent', 51.41, '%')
Q('environ 1,25 million', 'count', 1250000, 'voix', approx='approx', f=('VOTE', None, None, None))
Q('11 ou 12 jours', 'duration', 'P11D', approx='range', value_max='P12D')
Q('85 %', 'percent', 85, '%')
Q('2029', 'date', '2029')
Q('août 2014', 'date', '2014-08')

if __name__ == '__main__':
    d.write()
