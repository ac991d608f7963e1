"""Un avion de ligne s'écrase à Cuba (2017-04-29)."""
from goldlib import Doc

d = Doc('2017_04_29-001', '2017-04-29', 'train', source='winer-fr/train', entities=False)
Q = d.q

S = '2017-04-29'   # the crash, "samedi" (article of Saturday 29 April)
Q('29 avril 2017', 'date', S)
Q('samedi', 'date', S, optional=True)
# "Les huit personnes à bord ... aucun n'aurait survécu": killed; Artemisa only in the previous sentence
Q('huit', 'count', 8, 'personne', f=('KILL', None, None, S))
Q('Huit', 'count', 8, 'militaire', f=('KILL', None, None, S))
Q('1 400', 'count', 1400, 'unité', f=('OTHER', None, None, None))
Q('1969', 'date', '1969')
Q('1 300', 'count', 1300, 'personne', f=('KILL', None, None, None))
Q('130', 'count', 130, 'accident', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
