"""Élections américaines 2016 : ouverture des bureaux de vote (2016-11-08)."""
from goldlib import Doc

d = Doc('2016_11_08-005', '2016-11-08', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

P = ('PARTICIPATE', None, None)
Q('2016', 'date', '2016', at=0)                    # headline
# dateline: date and clock time as two quantities, "UTC" left out of the span
Q('8 novembre 2016', 'date', '2016-11-08')
Q('13\u202fh\u202f10', 'time', '13:10')   # narrow no-break spaces in the text
# durations with "un/une" are optional (as "une semaine" in the seed)
Q("plus d'un an", 'duration', 'P1Y', approx='min', optional=True)
Q("plus d'un siècle", 'duration', 'P100Y', approx='min', optional=True)
Q('premier', 'ordinal', 1, at='organisé le ', optional=True)  # "le premier mardi"
Q('premier', 'ordinal', 1, at='après le ', optional=True)    # "le premier lundi"
# "du mois de novembre": any year's November (generic rule) -> optional
Q('novembre', 'date', '2016-11', at='du mois de ', optional=True)
Q("plus d'un mois", 'duration', 'P1M', approx='min', optional=True)
# "l'été 2015": season as a month range (meteorological summer), like "premier semestre"
Q('été 2015', 'date', '2015-06', approx='range', value_max='2015-08')
Q("plus d'une décennie", 'duration', 'P10Y', approx='min', optional=True)
# the two candidates of the election: competitors -> PARTICIPATE; a state ("se
# connaissent bien"), no date of its own
Q('deux', 'count', 2, 'candidat', at='que les ', f=P + (None,))
Q('42 e', 'ordinal', 42)
# "cérémonies de mémoire du 11 Septembre": the 2001 attacks named by their date
# (quasi-name) -> optional
Q('11 Septembre', 'date', '2001-09-11', optional=True)
Q("octobre", 'date', '2016-10', at="Au mois d'")
# "Les deux candidats ont terminé leurs campagnes la nuit dernière": night of 7 to 8 Nov
Q('deux', 'count', 2, 'candidat', at='Les ', f=P + ('2016-11-07',))
Q('la nuit dernière', 'date', '2016-11-07', optional=True)

if __name__ == '__main__':
    d.write()
