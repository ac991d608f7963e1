"""Découverte d'une nouvelle espèce de requin préhistorique (2016-10-17)."""
from goldlib import Doc

d = Doc('2016_10_17-004', '2016-10-17', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

Q('17 octobre 2016', 'date', '2016-10-17')
Q("jusqu'à 4,5 centimètres", 'measure', 4.5, 'cm', approx='max')
Q("Aujourd'hui", 'date', '2016-10-17', optional=True)   # "Aujourd'hui éteinte" (nowadays)
# "il y a 20 millions d'années": a duration (guideline: "il y a 30 ans" -> P30Y).
Q("20 millions d'années", 'duration', 'P20000000Y')
# "aurait avoisiné les 4 mètres": "avoisiner" = close to -> approx.
Q('4 mètres', 'measure', 4, 'm', approx='approx')
# "2 mètres de moins": the sign is not written -> 2.
Q('2 mètres', 'measure', 2, 'm')

if __name__ == '__main__':
    d.write()
