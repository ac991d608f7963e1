"""Espace : le déplacement de notre amas galactique expliqué (2017-02-09)."""
from goldlib import Doc

d = Doc('2017_02_09-002', '2017-02-09', 'holdout8', source='winer-fr/dev', entities=False)
Q = d.q

Q('9 février 2017', 'date', '2017-02-09')
Q('environ 630\u2009km/s', 'measure', 630, 'km/s', approx='approx')
# "cartographié en 3D": a technical term (three-dimensional) rather than a quantity;
# borderline -> optional
Q('3D', 'number', 3, optional=True)

if __name__ == '__main__':
    d.write()
