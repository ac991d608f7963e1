"""France : l'Assemblée réduit la validité des chèques de un an à six mois (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-008', '2016-06-12', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# A change "de X à Y" is two quantities, not a range (guidelines).
# "un an": a duration with "un" is optional per guidelines, though here it is a real value.
Q('un an', 'duration', 'P1Y', optional=True)
Q('six mois', 'duration', 'P6M', at=0)
Q('12 juin 2016', 'date', '2016-06-12')
# "loi Sapin 2": number inside a name, not a quantity.
Q('douze', 'duration', 'P12M', at='réduction de ')   # unit "mois" shared with "six mois"
Q('six mois', 'duration', 'P6M', at=1)
# "dans la nuit de jeudi à vendredi" (article of Sunday 12 June): bare weekdays, optional range
Q('jeudi à vendredi', 'date', '2016-06-09', approx='range', value_max='2016-06-10', optional=True)
Q('15 octobre 2015', 'date', '2015-10-15')
Q("l'année prochaine", 'date', '2017', optional=True)
Q('douze mois', 'duration', 'P12M')

if __name__ == '__main__':
    d.write()
