"""Québec : Pierre Karl Péladeau quitte ses fonctions de chef de l'Opposition officielle et de député (2016-05-02)."""
from goldlib import Doc

d = Doc('2016_05_02-002', '2016-05-02', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# No counts or money: no facts. "un choix" (indefinite) is not a count.
Q('2 mai 2016', 'date', '2016-05-02')
Q('lundi', 'date', '2016-05-02', optional=True)            # bare weekday = the dateline's Monday
Q("Aujourd'hui", 'date', '2016-05-02', optional=True)      # digitless deictic, in the quote
Q('première', 'ordinal', 1, optional=True)                 # "pour la première fois"
Q('2014', 'date', '2014')
Q('15 mai 2015', 'date', '2015-05-15')
Q('juillet 2015', 'date', '2015-07')
Q('6 mois', 'duration', 'P6M')
Q('janvier', 'date', '2016-01')   # six months after July 2015, "en janvier" -> January 2016

if __name__ == '__main__':
    d.write()
