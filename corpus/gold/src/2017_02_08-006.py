"""France : les trois vaccins obligatoires devront être disponibles seuls (2017-02-08)."""
from goldlib import Doc

d = Doc('2017_02_08-006', '2017-02-08', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# Counts of vaccines/obligations: things nothing happened to -> OTHER, undated.
Q('trois', 'count', 3, 'vaccin', at=0, f=('OTHER', 'France', 'FR', None))   # headline
Q('8 février 2017', 'date', '2017-02-08')
Q('Ce mercredi', 'date', '2017-02-08', optional=True)
# "personnes âgées de moins de 18 mois": an age; the contract's age unit is the
# year, so 18 months -> 1.5 year, approx max ("moins de").
Q('moins de 18 mois', 'age', 1.5, 'year', approx='max')
Q('six mois', 'duration', 'P6M', at=0)
Q('2008', 'date', '2008')                                  # "depuis 2008"
Q('2016', 'date', '2016')                                  # "sur l'année 2016"
# requests for the DTP kit satisfied in 2016; no place in the sentence.
Q('2362', 'count', 2362, 'demande', f=('OTHER', None, None, '2016'))
Q('trois', 'count', 3, 'obligation', at="n’impose que ", f=('OTHER', None, None, None))
Q('trois', 'count', 3, 'vaccination', at='que ces ', f=('OTHER', None, None, None))
Q('six mois', 'duration', 'P6M', at=1)
Q('six mois', 'duration', 'P6M', at=2)
Q('six', 'count', 6, 'vaccin', at='obligatoire les ', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
