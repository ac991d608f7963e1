"""Astronomie : une explosion sur Jupiter (2016-04-07)."""
from goldlib import Doc

d = Doc('2016_04_07-001', '2016-04-07', 'train', source='winer-fr/train', entities=False)
Q = d.q

# "Shoemaker-Levy 9" is a name. Multipliers ("318 fois", "multipliée par 25") are numbers;
# "encore une fois" (once more) is an idiom, not a quantity. No counts: no facts.
Q('7 avril 2016', 'date', '2016-04-07')
Q('17 mars 2016', 'date', '2016-03-17')
Q('318 fois', 'number', 318)
Q('1994', 'date', '1994')
Q('10 mètres', 'measure', 10, 'm')
Q('2013', 'date', '2013')
Q('19 mètres', 'measure', 19, 'm')
Q('5 fois', 'number', 5)
Q('cinq fois', 'number', 5)
Q('25', 'number', 25, at='multipliée par ')
Q('25 fois', 'number', 25)
Q('500 000 tonnes', 'measure', 500000, 't')
Q('20-30 fois', 'number', 20, approx='range', value_max=30)
Q('25', 'number', 25, at='une fois par ')

if __name__ == '__main__':
    d.write()
