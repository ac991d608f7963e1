"""États-Unis : 50 morts et 53 blessés dans une fusillade à Orlando (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-012', '2016-06-12', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# The shooting took place "dans la nuit de samedi à dimanche" (shots from about 2 a.m.
# Sunday): a night event takes the evening it began (guideline) -> 2016-06-11.
N = '2016-06-11'
# Headline figures take the headline's most specific place (Orlando). Body tolls:
# "le maire de la ville" designates Orlando by description (cf. "le Parquet de la ville").
O = ('Orlando', 'US', N)
Q('50', 'count', 50, 'mort', at=0, f=('KILL',) + O)      # headline
Q('53', 'count', 53, 'blessé', at=0, f=('WOUND',) + O)   # headline
Q('12 juin 2016', 'date', '2016-06-12')
Q('samedi', 'date', '2016-06-11', optional=True)
Q('dimanche', 'date', '2016-06-12', optional=True)
Q('premier', 'ordinal', 1, at='Le ', optional=True)
Q('20', 'count', 20, 'mort', at='état de ', f=('KILL',) + O)
Q('42', 'count', 42, 'blessé', f=('WOUND',) + O)
Q('50', 'count', 50, 'mort', at=1, f=('KILL',) + O)
Q('53', 'count', 53, 'blessé', at=1, f=('WOUND',) + O)
Q('1986', 'date', '1986')
Q('vers 2 heures du matin', 'time', '02:00', approx='approx')
Q('5 heures', 'time', '05:00')   # "jusqu'à 5 heures": preposition out, as for dates
# "911" (emergency number) is a phone number: not a quantity.
Q('12 juin', 'date', '2016-06-12', at='daté du ')
Q('22 ans', 'age', 22, 'year')
Q('moins de cinq kilomètres', 'measure', 5, 'km', approx='max')
Q('cette nuit', 'date', N, optional=True)
# "le lendemain" (digitless relative date: the day of the Orlando shooting)
Q('le lendemain', 'date', N, optional=True)
# "les deux événements": the two shootings, noun present -> count
Q('deux', 'count', 2, 'événement', at='les ', f=('OTHER', None, None, None))
Q('173 e', 'ordinal', 173)
Q('2016', 'date', '2016', at="l'année ")
Q('163 jours', 'duration', 'P163D')

if __name__ == '__main__':
    d.write()
