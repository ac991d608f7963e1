"""Thaïlande : un avion de combat s'est écrasé lors d'un spectacle aérien (2017-01-15)."""
from goldlib import Doc

d = Doc('2017_01_15-001', '2017-01-15', 'holdout3', source='winer-fr/dev', entities=False)
Q = d.q

S = '2017-01-14'   # the crash, "samedi" (article of Sunday 15 January)
# indefinite "un avion" / "Un avion de chasse" / "un véhicule d'urgence": participants of
# the reported crash, optional counts with optional facts (seed); destroyed/overturned → AFFECT
Q('un', 'count', 1, 'avion', at='Thaïlande : ', optional=True, f=('AFFECT', 'Thaïlande', 'TH', S))
Q('15 janvier 2017', 'date', '2017-01-15')
Q('Un', 'count', 1, 'avion', at='– ', optional=True, f=('AFFECT', 'Hat Yai', 'TH', S))
Q('samedi', 'date', S, optional=True)
Q('environ 9h30', 'time', '09:30', approx='approx')
Q('02:30', 'time', '02:30')   # the same moment in UTC ("UTC" left out of the span)
Q('un', 'count', 1, 'véhicule', at="signalent qu'", optional=True, f=('AFFECT', None, None, S))
Q('2008', 'date', '2008')
# "en a douze": elided noun = the Gripen jets; a fleet owned, nothing happened → OTHER
Q('douze', 'count', 12, 'jet', f=('OTHER', 'Thaïlande', 'TH', None))
Q('environ 2,5 milliards de bahts', 'money', 2500000000, 'THB', approx='approx',
  f=('COST', None, None, None))
# the dollar conversion in parentheses shares the "environ" of the amount it converts
Q('70 millions de US$', 'money', 70000000, 'USD', approx='approx', f=('COST', None, None, None))

if __name__ == '__main__':
    d.write()
