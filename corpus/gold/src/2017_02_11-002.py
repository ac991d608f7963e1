"""Seine-Saint-Denis : interruption de certaines lignes de transports par mesure de sécurité (2017-02-11)."""
from goldlib import Doc

d = Doc('2017_02_11-002', '2017-02-11', 'test', source='winer-fr/dev', entities=False)
Q = d.q

W8 = '2017-02-08'   # "depuis mercredi 8 février": Transdev interruptions
V10 = '2017-02-10'  # "Le vendredi 10 février": RATP lines
Q('11 février 2017', 'date', '2017-02-11')
Q('2 février 2017', 'date', '2017-02-02')
Q('samedi 4 février', 'date', '2017-02-04')
Q('mardi 7 février', 'date', '2017-02-07')
Q('mercredi 8 février', 'date', W8)
Q('lundi 13 février', 'date', '2017-02-13')
Q('32', 'count', 32, 'ligne', f=('AFFECT', 'Aulnay-sous-Bois', 'FR', W8))
Q('une vingtaine', 'count', 20, 'commune', approx='approx', f=('OTHER', 'Aulnay-sous-Bois', 'FR', W8))
Q('20 heures', 'time', '20:00')
Q('dimanche', 'date', '2017-02-12', optional=True)
Q('vendredi 10 février', 'date', V10)
Q('56', 'count', 56, 'ligne', f=('AFFECT', None, None, V10))
Q('3', 'count', 3, 'ligne', at='bus et ', f=('AFFECT', None, None, V10))
Q('22h00', 'time', '22:00')
Q('samedi 11 février', 'date', '2017-02-11')
Q('vers 21h', 'time', '21:00', approx='approx')
Q('Vers 23h', 'time', '23:00', approx='approx')
Q('vers 20h27', 'time', '20:27', approx='approx')
Q('Vers 18h03', 'time', '18:03', approx='approx')

if __name__ == '__main__':
    d.write()
