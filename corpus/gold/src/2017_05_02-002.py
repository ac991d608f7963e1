"""Le fondateur de Wikipédia lance un site de nouvelles baptisé Wikitribune (2017-05-02)."""
from goldlib import Doc

d = Doc('2017_05_02-002', '2017-05-02', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('2 mai 2017', 'date', '2017-05-02')
Q('22 mai', 'date', '2017-05-22')
# "embaucher les 10 premiers journalistes": staff to be hired -> EMPLOY, no place, no date
Q('10', 'count', 10, 'journaliste', f=('EMPLOY', None, None, None))

if __name__ == '__main__':
    d.write()
