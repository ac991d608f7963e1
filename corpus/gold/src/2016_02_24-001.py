"""Climat : vers une montée rapide du niveau des océans (2016-02-24)."""
from goldlib import Doc

d = Doc('2016_02_24-001', '2016-02-24', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# No count or money quantity: no facts.
Q('24 février 2016', 'date', '2016-02-24')
Q('entre 0,5 et 1,3 mètre', 'measure', 0.5, 'm', approx='range', value_max=1.3)
Q('2100', 'date', '2100')
# Century in Roman numerals: doubtful (date range of the 1900s).
Q('XX e siècle', 'date', '1900', approx='range', value_max='1999', optional=True)
Q('environ 14 centimètres', 'measure', 14, 'cm', approx='approx')
Q('lundi', 'date', '2016-02-22', optional=True)
Q('Le siècle dernier', 'date', '1900', approx='range', value_max='1999', optional=True)
Q('trois derniers millénaires', 'duration', 'P3000Y')
Q('20 dernières années', 'duration', 'P20Y')
Q('8 cm', 'measure', 8, 'cm')
Q('entre l’an 1000 et l’an 1400', 'date', '1000', approx='range', value_max='1400')
Q('0,2 °C', 'measure', 0.2, '°C')

if __name__ == '__main__':
    d.write()
