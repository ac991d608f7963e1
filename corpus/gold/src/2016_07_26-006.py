"""Normandie : meurtre d'un prêtre dans une église (2016-07-26)."""
from goldlib import Doc

d = Doc('2016_07_26-006', '2016-07-26', 'test', source='winer-fr/train', entities=False)
Q = d.q

A = '2016-07-26'  # the attack, an event of the day (clock times "Vers 11 h 30", "13 h")
Q('un', 'count', 1, 'prêtre', at="meurtre d'", optional=True, f=('KILL', 'Normandie', 'FR', A))
Q('26 juillet 2016', 'date', A)
Q('deux', 'count', 2, 'individu', at='la messe ',
  f=('OTHER', 'Saint-Étienne-du-Rouvray', 'FR', A))  # the attackers
Q('un', 'count', 1, 'prêtre', at="composée d'", optional=True, f=('KIDNAP', None, None, A))
Q('deux', 'count', 2, 'religieuse', at='de ', f=('KIDNAP', None, None, A))  # the congregation taken hostage
Q('deux', 'count', 2, 'individu', at='les ', f=('KILL', None, None, A))
Q('une', 'count', 1, 'victime', at='égorgé et ', optional=True, f=('WOUND', None, None, A))
Q('Trois', 'count', 3, 'paroissien', f=('WOUND', None, None, A))
Q('84 ou 86 ans', 'age', 84, 'year', approx='range', value_max=86)
Q("une vingtaine d'années", 'duration', 'P20Y', approx='approx')
Q('mois de juillet', 'date', '2016-07')
Q('1958', 'date', '1958')
Q('2008', 'date', '2008')
Q('Vers 11 h 30', 'time', '11:30', approx='approx')
Q('13 h', 'time', '13:00')
Q('environ une heure', 'duration', 'PT1H', approx='approx', optional=True)
Q('mercredi', 'date', '2016-07-27', optional=True)
Q('deux', 'count', 2, 'terroriste', at='Un des ', f=('OTHER', None, None, None))
Q('janvier 2015', 'date', '2015-01')
Q('19 mars 2015', 'date', '2015-03-19')
Q('19 ans', 'age', 19, 'year')

if __name__ == '__main__':
    d.write()
