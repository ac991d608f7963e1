"""France : Benoît Hamon remporte la primaire socialiste (2017-01-29)."""
from goldlib import Doc

d = Doc('2017_01_29-001', '2017-01-29', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-01-29'   # second round, "ce dimanche 29 janvier"
T1 = '2017-W03'    # first round: results published "la semaine dernière" (week of 16-22 Jan)
V = ('VOTE', None, None, S)
B = ('OTHER', None, None, S)   # polling stations counted / counted out: not votes, nothing happened to them
Q('29 janvier 2017', 'date', S)
Q('mai prochain', 'date', '2017-05')
Q('second', 'ordinal', 2, at='le ', optional=True)
Q('dimanche 29 janvier', 'date', S)
Q('près de 59 %', 'percent', 59, '%', approx='approx')
Q('un peu plus de 41 %', 'percent', 41, '%', approx='min')
Q('1 306 852', 'count', 1306852, 'votant', f=V)
Q('17 h 00', 'time', '17:00')
Q('75 %', 'percent', 75, '%')
Q('7 208', 'count', 7208, 'bureau', f=B)        # "(sur un total de 7 208)" [bureaux de vote]
Q('22,8 %', 'percent', 22.8, '%')
Q('premier', 'ordinal', 1, at='rapport au ', optional=True)
Q('entre 1,7 et 2 millions', 'count', 1700000, 'votant', approx='range', value_max=2000000, f=V)
Q('premier', 'ordinal', 1, at='tandis que le ', optional=True)
Q('1 655 919', 'count', 1655919, 'votant', f=('VOTE', None, None, T1))
Q('premier', 'ordinal', 1, at='résultats du ', optional=True)
Q('la semaine dernière', 'date', T1, optional=True)
# "Une journaliste ... a pu voter quatre fois à Paris": indefinite participant -> optional.
Q('Une', 'count', 1, 'journaliste', at='confusion dans cette primaire. ', optional=True,
  f=('VOTE', 'Paris', 'FR', S))
Q('quatre fois', 'number', 4)                   # multiplier-like "N fois": number, span with "fois"
Q('deux fois', 'number', 2)
Q('premier', 'ordinal', 1, at='deux fois au ', optional=True)
# "premier secrétaire": title word, not a quantity.
Q('plus de 60%', 'percent', 60, '%', approx='min')
Q('19 h 23', 'time', '19:23')
Q('entre 1,9 et 2,1 million(s)', 'count', 1900000, 'votant', approx='range', value_max=2100000, f=V)
Q('19 h 30', 'time', '19:30')
# "À 19 h 30, lundi" in an article of Sunday 29: the update of the day after; optional weekday.
Q('lundi', 'date', '2017-01-30', optional=True)
Q('2 042 201', 'count', 2042201, 'votant', f=V)   # "il" = le nombre de votants
# "entre-deux-tours": a compound noun, not a quantity.
Q('deux', 'count', 2, 'candidat', at='entre les ', f=('PARTICIPATE', None, None, None))
Q('premier', 'ordinal', 1, at='en tête du ', optional=True)
Q('premier', 'ordinal', 1, at='avant le ', optional=True)
Q('premières', 'ordinal', 1, optional=True)
Q('57 à 60 %', 'percent', 57, '%', approx='range', value_max=60)
Q('20 h 43', 'time', '20:43')
Q('58,65 %', 'percent', 58.65, '%')
Q('environ 4 000', 'count', 4000, 'bureau', approx='approx', f=B)
Q('60%', 'percent', 60, '%', at='porte sur ')
Q('4 322', 'count', 4322, 'bureau', f=B)
Q('environ 1 101 180', 'count', 1101180, 'votant', approx='approx', f=V)
Q('premier', 'ordinal', 1, at="qu'au ", optional=True)
Q('20 h 55', 'time', '20:55')
Q('premier', 'ordinal', 1, at='tête au ', optional=True)
Q('plus de 17,5 %', 'percent', 17.5, '%', approx='min')

if __name__ == '__main__':
    d.write()
