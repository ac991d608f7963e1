"""France : réduction de la prescription pour les infractions occultes (2017-02-17)."""
from goldlib import Doc

d = Doc('2017_02_17-001', '2017-02-17', 'holdout4', source='winer-fr/dev', entities=False)
Q = d.q

# No counts or money: no facts. "un certain nombre d'affaires" is not a quantity.
Q('17 février 2017', 'date', '2017-02-17')
Q('jeudi 16 février', 'date', '2017-02-16')
Q('12 ans', 'duration', 'P12Y')
# "la loi double les délais": verb "double", a multiplier (optional, like "quintuple")
Q('double', 'number', 2, optional=True)
# "passent désormais à 6 et 20 ans respectivement": two durations, "6" elides "ans"
Q('6', 'duration', 'P6Y', at='à ')
Q('20 ans', 'duration', 'P20Y')
Q('2005', 'date', '2005')

if __name__ == '__main__':
    d.write()
