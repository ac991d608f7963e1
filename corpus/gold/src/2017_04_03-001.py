"""Russie : explosion meurtrière dans le métro de Saint-Pétersbourg (2017-04-03)."""
from goldlib import Doc

d = Doc('2017_04_03-001', '2017-04-03', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-04-03'   # event of the day given only by a clock time -> article date
Q('3 avril 2017', 'date', D)
Q('14 h 40', 'time', '14:40')                  # "UTC+3" left out of the span
Q('environ 10', 'count', 10, 'personne', approx='approx',
  f=('KILL', 'Saint-Pétersbourg', 'RU', D))
# explosive device found: indefinite participant of the reported event, optional
Q('un', 'count', 1, 'engin', at='inconnues, ', optional=True,
  f=('OTHER', 'Plochad Vosstaniïa', 'RU', D))
Q('2015', 'date', '2015')                      # "depuis 2015"

if __name__ == '__main__':
    d.write()
