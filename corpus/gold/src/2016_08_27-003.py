"""France : un petit bateau s'embrase sur le lac du Bourget et provoque deux blessés dont un grave (2016-08-27)."""
from goldlib import Doc

d = Doc('2016_08_27-003', '2016-08-27', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

D = '2016-08-27'   # "Ce matin" of the dateline day
L = ('lac du Bourget', 'FR')   # headline clause names the lake (more specific than "France")
# headline: indefinite "un petit bateau" = participant of the event -> optional
Q('un', 'count', 1, 'bateau', at='France : ', optional=True, f=('AFFECT',) + L + (D,))
Q('deux', 'count', 2, 'blessé', at='provoque ', f=('WOUND',) + L + (D,))
# "dont un grave": elided count of "blessé" (a true numeral, partition of "deux")
Q('un', 'count', 1, 'blessé', at='blessés dont ', f=('WOUND',) + L + (D,))
# sub-headline
Q('Un', 'count', 1, 'hors-bord', at=0, optional=True, f=('AFFECT',) + L + (D,))
Q('27 août 2016', 'date', D)
Q('vers 10h30', 'time', '10:30', approx='approx')
Q('un', 'count', 1, 'hors-bord', at='(Savoie), ', optional=True,
  f=('AFFECT', 'Aix-les-Bains', 'FR', D))
Q("plus d'une heure", 'duration', 'PT1H', approx='min', optional=True)   # un/une duration
Q('40 litres', 'measure', 40, 'L')                 # fuel feeding the fire, not seized -> no fact
Q('premiers', 'ordinal', 1, optional=True)         # "les premiers soins" (first aid), idiom
Q('un', 'count', 1, 'sapeur-pompier', at='Par ailleurs, ', optional=True,
  f=('WOUND', None, None, D))                       # intoxicated

if __name__ == '__main__':
    d.write()
