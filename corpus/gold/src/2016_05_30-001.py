"""France : une conseillère municipale violemment agressée (2016-05-30)."""
from goldlib import Doc

d = Doc('2016_05_30-001', '2016-05-30', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

A = '2016-05-28'   # the assault, "samedi 28 mai"
# Indefinite "une conseillère" counts the victim of the reported assault:
# optional count with optional fact (seed: "une femme ... arrêtée"). She was
# "sérieusement blessée" -> WOUND. Headline figure takes the headline's place.
Q('une', 'count', 1, 'conseillère', at='France : ', optional=True, f=('WOUND', 'France', 'FR', A))
Q('Une', 'count', 1, 'conseillère', at=0, optional=True, f=('WOUND', 'Entrelacs', 'FR', A))
Q('samedi 28 mai', 'date', A, at=0)
Q('30 mai 2016', 'date', '2016-05-30')
Q('Une', 'count', 1, 'conseillère', at=1, optional=True, f=('WOUND', 'Entrelacs', 'FR', A))
Q('samedi 28 mai', 'date', A, at=1)
# the attacker: indefinite participant of the event, optional; nothing in the
# table fits an attacker -> OTHER; no place named in his sentence.
Q('un', 'count', 1, 'individu', at='courses de son véhicule, ', optional=True, f=('OTHER', None, None, A))
Q('lendemain', 'date', '2016-05-29', optional=True)   # digitless relative date
Q('76 ans', 'age', 76, 'year')
# "pendant 3 mandats consécutifs": a count of terms (no event) -> OTHER, place
# named in the sentence: "l'ancienne commune d'Albens".
Q('3', 'count', 3, 'mandat', at='pendant ', f=('OTHER', 'Albens', 'FR', None))
Q('aujourd’hui', 'date', '2016-05-30', optional=True)

if __name__ == '__main__':
    d.write()
