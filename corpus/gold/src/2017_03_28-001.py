"""Le gouvernement écossais réclame un nouveau référendum d'indépendance (2017-03-28)."""
from goldlib import Doc

d = Doc('2017_03_28-001', '2017-03-28', 'holdout', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-03-28'  # the parliament's vote: the day's news (dateline)
V = ('VOTE', 'Écosse', 'GB', T)  # "l'Écosse" is named in the vote's sentence
Q('28 mars 2017', 'date', T)
Q('Trois ans', 'duration', 'P3Y')
Q('55,3 %', 'percent', 55.3, '%')
Q('69', 'count', 69, 'membre', f=V)
# "69 membres du parlement sur 128": elided noun -> membre (the votants)
Q('128', 'count', 128, 'membre', f=V)
Q('demain 29 mars', 'date', '2017-03-29')
Q('juin 2016', 'date', '2016-06')
Q('62 %', 'percent', 62, '%')
# "première ministre": title, not a quantity

if __name__ == '__main__':
    d.write()
