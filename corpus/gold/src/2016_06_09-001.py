"""France : une vache foudroyée crée une inondation (2016-06-09)."""
from goldlib import Doc
d = Doc('2016_06_09-001', '2016-06-09', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

S = '2016-06-08'  # the storm, "mercredi 8 juin 2016"
# The cow killed by lightning is a participant counted by indefinite "une":
# optional count with optional KILL fact (guideline on un/une, as in the seed).
Q('une', 'count', 1, 'vache', at='France : ', optional=True, f=('KILL', 'France', 'FR', S))
Q('une', 'count', 1, 'vache', at='foudroyée, ', optional=True, f=('KILL', 'Montcel', 'FR', S))
Q('9 juin 2016', 'date', '2016-06-09')
Q('mercredi 8 juin 2016', 'date', S)
# "aura fait une victime, au Montcel (Savoie) : une vache" - toll of one, by "une"
Q('une', 'count', 1, 'victime', at='aura fait ', optional=True, f=('KILL', 'Montcel', 'FR', S))
Q('une', 'count', 1, 'vache', at='(Savoie) : ', optional=True, f=('KILL', 'Montcel', 'FR', S))
Q('jeudi 9 juin', 'date', '2016-06-09')

if __name__ == '__main__':
    d.write()
