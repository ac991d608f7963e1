"""Syrie : une évacuation chaotique des civils à Alep (2016-12-18)."""
from goldlib import Doc

d = Doc('2016_12_18-001', '2016-12-18', 'holdout4', source='winer-fr/dev', entities=False)
Q = d.q

AL = ('Alep', 'SY')
Q('18 décembre 2016', 'date', '2016-12-18')
# evacuated "jusqu'à présent": no date for the running total
Q('8 000', 'count', 8000, 'personne', f=('DISPLACE',) + AL + (None,))
Q('vendredi', 'date', '2016-12-16', optional=True)
# "[1]" footnote: not a quantity
Q('deux', 'count', 2, 'accusation', at='ces ', f=('OTHER', None, None, None))
# besieged towns: AFFECT; figure spread over two places (Kefraya, Foua) -> no location
Q('deux', 'count', 2, 'ville', at="d'évacuer ", f=('AFFECT', None, None, None))
Q('mercredi', 'date', '2016-12-14', optional=True)
# people still waiting to be evacuated from Aleppo: DISPLACE (judgement call)
Q('Quelques 50 000 à 100 000', 'count', 50000, 'personne', approx='range', value_max=100000,
  f=('DISPLACE',) + AL + (None,))
Q('dimanche', 'date', '2016-12-18', optional=True)
Q("aujourd'hui", 'date', '2016-12-18', optional=True)
# draft resolutions vetoed by Russia in the Security Council: VOTE (judgement call)
Q('6', 'count', 6, 'projet', at='veto à ', f=('VOTE', None, None, None))

if __name__ == '__main__':
    d.write()
