"""Nathalie Kosciusko-Morizet candidate à la primaire à droite (2016-03-08)."""
from goldlib import Doc

d = Doc('2016_03_08-001', '2016-03-08', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-03-08'
Q('8 mars 2016', 'date', D)
Q("aujourd'hui", 'date', D, at=0, optional=True)
# "à la fin de l'année": digitless deictic (l'année = this year) -> optional, "fin" = December
Q("fin de l'année", 'date', '2016-12', optional=True)
Q('2017', 'date', '2017')
# "ce soir" is not a quantity (like "ce matin"); "journal de 20h": a real clock time
Q('20h', 'time', '20:00')
Q('décembre dernier', 'date', '2015-12')
Q("aujourd'hui", 'date', D, at=1, optional=True)
# "la seule personnalité", "la seule à": no number word, not a count
Q('environ 5%', 'percent', 5, '%', approx='approx')
Q('2012', 'date', '2012')
Q('2014', 'date', '2014')
# candidates of the primary -> PARTICIPATE; "désormais" = as of the article date
Q('9', 'count', 9, 'nom', f=('PARTICIPATE', None, None, D))

if __name__ == '__main__':
    d.write()
