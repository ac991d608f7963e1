"""ONU : 2000 employés de l'organisation accusés de crimes sexuels (2017-04-12)."""
from goldlib import Doc

d = Doc('2017_04_12-003', '2017-04-12', 'holdout', source='winer-fr/dev', entities=False)
Q = d.q

# Accusations before any verdict -> OTHER; "ONU" in the headline is an organisation, not a place.
# The accusations run "depuis 2004" and the Haiti abuses "Entre 2004 et 2007": periods, so fact date null.
Q('2000', 'count', 2000, 'employé', at='ONU : ', f=('OTHER', None, None, None))
Q('12 avril 2017', 'date', '2017-04-12')
Q('environ 2000', 'count', 2000, 'membre', approx='approx', f=('OTHER', None, None, None))
Q('2004', 'date', '2004', at='depuis ')
Q('Entre 2004 et 2007', 'date', '2004', approx='range', value_max='2007')
Q('9', 'count', 9, 'enfant', f=('AFFECT', 'Haïti', 'HT', None))  # victims of sexual exploitation
Q('134', 'count', 134, 'casque bleu', f=('OTHER', 'Haïti', 'HT', None))
# "114 d'entre eux ont été renvoyés chez eux": elided noun -> casque bleu; sent home, not convicted
Q('114', 'count', 114, 'casque bleu', f=('OTHER', None, None, None))
Q('mars', 'date', '2017-03', at='En ')
# donation to the fund (financing); the donor country is the place named for the figure
Q('125 000 $US', 'money', 125000, 'USD', f=('COST', 'Norvège', 'NO', '2017-03'))

if __name__ == '__main__':
    d.write()
