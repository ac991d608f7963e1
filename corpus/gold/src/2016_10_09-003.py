"""France : décès de l'homme de télévision Pierre Tchernia (2016-10-09)."""
from goldlib import Doc

d = Doc('2016_10_09-003', '2016-10-09', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "Jeudi cinéma", "Mardi cinéma": programme titles, not dates. No counts: no facts.
Q('9 octobre 2016', 'date', '2016-10-09')
# date + clock time in one expression -> datetime (spec: "demain à 15 h")
Q('samedi 8 octobre à 3 heures du matin', 'datetime', '2016-10-08T03:00')
Q('88 ans', 'age', 88, 'year')
Q('premier', 'ordinal', 1, at='du ', optional=True)    # "premier JT"
Q('de 1994 à 2006', 'date', '1994', approx='range', value_max='2006')

if __name__ == '__main__':
    d.write()
