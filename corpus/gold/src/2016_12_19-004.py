"""Vague de froid intense au Canada et au Nord des États-Unis (2016-12-19)."""
from goldlib import Doc

d = Doc('2016_12_19-004', '2016-12-19', 'train', source='winer-fr/train', entities=False)
Q = d.q

# Temperatures only (measures): no count or money, no facts. Article of Monday 19 December.
Q('19 décembre 2016', 'date', '2016-12-19')
Q('-40 degrés celsius', 'measure', -40, '°C')
Q('vendredi', 'date', '2016-12-16', optional=True)
Q('samedi', 'date', '2016-12-17', optional=True)
Q('dimanche', 'date', '2016-12-18', optional=True)
Q('environs de -20°C', 'measure', -20, '°C', approx='approx')
Q('lundi', 'date', '2016-12-19', optional=True)
Q('décembre', 'date', '2016-12', at='pour ')
Q('-6,3°C', 'measure', -6.3, '°C')
Q('sous les 35 °C', 'measure', 35, '°C', approx='max')
Q('entre -21 et -27°C', 'measure', -27, '°C', approx='range', value_max=-21)

if __name__ == '__main__':
    d.write()
