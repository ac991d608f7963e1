"""Vanuatu : un tremblement de terre de magnitude 7 frappe l'archipel (2016-04-29)."""
from goldlib import Doc

d = Doc('2016_04_29-001', '2016-04-29', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# Earthquake magnitudes: measure, unit 'magnitude' (no SI symbol; the spec lists none).
Q('magnitude 7', 'measure', 7, 'magnitude', at=0)
Q('29 avril 2016', 'date', '2016-04-29')
Q('Jeudi 28 avril', 'date', '2016-04-28')
Q('magnitude 7', 'measure', 7, 'magnitude', at=1)
Q('1 kilomètre', 'measure', 1, 'km')
Q('10 kilomètres', 'measure', 10, 'km')
Q('début avril', 'date', '2016-04')
Q('magnitude 6,9', 'measure', 6.9, 'magnitude')

if __name__ == '__main__':
    d.write()
