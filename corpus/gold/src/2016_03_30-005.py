"""Turquie : arrestation de 16 djihadistes du Front al-Nosra (2016-03-30)."""
from goldlib import Doc

d = Doc('2016_03_30-005', '2016-03-30', 'holdout4', source='winer-fr/dev', entities=False)
Q = d.q

T = '2016-03-30'   # arrests announced "ce mercredi" (dateline day); no other date given
Q('16', 'count', 16, 'djihadiste', at=0, f=('ARREST', 'Turquie', 'TR', T))   # headline: headline's place
Q('30 mars 2016', 'date', T)
Q('ce mercredi', 'date', T, optional=True)
Q('16', 'count', 16, 'djihadiste', at="l'arrestation de ", f=('ARREST', None, None, T))        # no place in its sentence
# raids (not people arrested): OTHER; place = "province d'Adıyaman" in the sentence
Q("une vingtaine", 'count', 20, 'raid', approx='approx', f=('OTHER', 'Adıyaman', 'TR', T))
Q('une centaine de kilomètres', 'measure', 100, 'km', approx='approx')
Q('premières', 'ordinal', 1, optional=True)   # "l'une des premières fois": spelled ordinal, vague
# "depuis quelques mois": no value. "plusieurs dizaines": treated like "plusieurs milliers"
# (guidelines: a quantity, approx); value 20 = the smallest "several tens" (judgement call).
Q('plusieurs dizaines', 'count', 20, 'membre', approx='approx', f=('ARREST', 'Turquie', 'TR', None))
# fighters of the group: strength of an organisation, nothing happens to them -> OTHER
Q('entre 5 000 et 10 000', 'count', 5000, 'combattant', approx='range', value_max=10000,
  f=('OTHER', None, None, None))
Q('80 %', 'percent', 80, '%')

if __name__ == '__main__':
    d.write()
