"""France : décès de Raymond Kopa, légende du football (2017-03-05)."""
from goldlib import Doc

d = Doc('2017_03_05-001', '2017-03-05', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

Q('5 mars 2017', 'date', '2017-03-05')
Q('vendredi 3 mars', 'date', '2017-03-03')
Q('85 ans', 'age', 85, 'year')
# "triple / double / quadruple champion": multipliers as "quintuple" of the examples, optional
Q('triple', 'number', 3, optional=True)
Q('double', 'number', 2, optional=True)
Q('quadruple', 'number', 4, optional=True)
Q('1958', 'date', '1958', at=0)   # "Coupe du monde 1958": year after an event name
Q('1958', 'date', '1958', at=1)
Q('1963', 'date', '1963')
# "Aujourd'hui" and "XXe siècle" inside a quote of 1963: digitless deictic (optional),
# resolved to the time of the quote; a Roman-numeral century, read as a date range (as the
# decades rule), optional since neither spec nor guidelines speak of centuries
Q('Aujourd’hui', 'date', '1963', optional=True)
Q('XXe siècle', 'date', '1900', approx='range', value_max='1999', optional=True)
Q('1961', 'date', '1961')

if __name__ == '__main__':
    d.write()
