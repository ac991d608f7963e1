"""Jeux olympiques de Rio : une équipe de France magistrale remporte l'or à l'épée (2016-08-14)."""
from goldlib import Doc

d = Doc('2016_08_14-001', '2016-08-14', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# Headline "une équipe de France magistrale": stylistic article for the one French team,
# not a count (not annotated).
# Scores "10-5", "30-19": two quantities each (as the "(4/8)" tally rule), but the counted
# noun (touches) is never written, so kind number, no fact.
Q('14 août 2016', 'date', '2016-08-14')
Q('troisième', 'ordinal', 3, optional=True)
Q('ce dimanche', 'date', '2016-08-14', optional=True)
Q('10', 'number', 10, at='un ')
Q('5', 'number', 5, at='10-')
Q('sixième', 'ordinal', 6, optional=True)
Q('30', 'number', 30, at='France à ')
Q('19', 'number', 19, at='30-')
Q('n°1', 'ordinal', 1, optional=True)   # world rank "Le n°1 mondial" (= "numéro un"): optional ordinal

if __name__ == '__main__':
    d.write()
