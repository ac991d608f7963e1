"""Rallye Dakar 2016 : un homme percuté et tué par une voiture de course (2016-01-10)."""
from goldlib import Doc

d = Doc('2016_01_10-003', '2016-01-10', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

H = '2016-01-09'   # the spectator was killed "hier"
P = '2016-01-02'   # prologue, "Une semaine auparavant" the accident of 9 January
K = ('KILL', None, None, H)
BA = ('Buenos Aires', 'AR', P)
Q('2016', 'date', '2016', at=0)   # headline, year after the event name
# indefinite "un homme" / "Un spectateur" / "un homme de 63 ans": the victim of the reported
# accident, optional count with optional fact (seed). No location: the sentence names the
# stage's two ends (Uyuni, Salta), "en territoire bolivien" is an adjective.
Q('un', 'count', 1, 'homme', at='Rallye Dakar 2016 : ', optional=True, f=K)
Q('une', 'count', 1, 'voiture', at='tué par ', optional=True, f=('OTHER', None, None, H))  # the car involved, optional
Q('10 janvier 2016', 'date', '2016-01-10')
Q('Un', 'count', 1, 'spectateur', at='– ', optional=True, f=K)
Q('63 ans', 'age', 63, 'year', at=0)
Q('hier', 'date', H, optional=True)
Q('7 e', 'ordinal', 7)
Q('kilomètre 82', 'measure', 82, 'km')   # distance into the special stage (kilometre point)
Q('un', 'count', 1, 'homme', at='a percuté ', optional=True, f=K)
Q('63 ans', 'age', 63, 'year', at=1)
Q('deuxième', 'ordinal', 2, optional=True)
Q('38 e', 'ordinal', 38)
Q('Une semaine', 'duration', 'P1W', optional=True)   # "Une semaine auparavant": duration (as "il y a"), un/une → optional
# "une automobile" that left the track: participant of the reported accident, optional
Q('une', 'count', 1, 'automobile', at='Buenos Aires , ', optional=True, f=('OTHER',) + BA)
Q('deux', 'count', 2, 'chinois', at='pilotée par ', f=('PARTICIPATE',) + BA)   # the car's crew (competitors)
Q('dix', 'count', 10, 'personne', f=('WOUND',) + BA)
Q('trois', 'count', 3, 'personne', at='dont ', f=('WOUND',) + BA)

if __name__ == '__main__':
    d.write()
