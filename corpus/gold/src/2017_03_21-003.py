"""États-Unis : décès de David Rockefeller (2017-03-21)."""
from goldlib import Doc

d = Doc('2017_03_21-003', '2017-03-21', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

L = '2017-03-20'   # "lundi" (article of Tuesday 21 March 2017)
Q('21 mars 2017', 'date', '2017-03-21')
Q('lundi', 'date', L, at=0, optional=True)
Q('101 ans', 'age', 101, 'year')
Q("aujourd'hui", 'date', '2017-03-21', optional=True)   # "(aujourd'hui JPMorgan Chase)": nowadays
Q('près de 35 ans', 'duration', 'P35Y', approx='approx')
Q('1980', 'date', '1980')
Q('première', 'ordinal', 1, optional=True)
# fortune estimated by the ranking "publié lundi": a total, OTHER, dated by that sentence
Q('3,3 milliards de dollars', 'money', 3300000000, 'USD', f=('OTHER', None, None, L))
Q("3,07 milliards d' euros", 'money', 3070000000, 'EUR', f=('OTHER', None, None, L))
Q('lundi', 'date', L, at=1, optional=True)
# heads of state met in many countries: spread over many places -> no location
Q('plus de 200', 'count', 200, 'chef', approx='min', f=('OTHER', None, None, None))
Q('près de 100', 'count', 100, 'pays', approx='approx', f=('OTHER', None, None, None))
Q('années 1970', 'date', '1970', approx='range', value_max='1979')
# "à deux reprises" / "les deux fois": repetitions, kind number like "6 fois"
Q('deux reprises', 'number', 2)
Q('deux fois', 'number', 2)
Q('1994', 'date', '1994')
# donations (funding an institution) -> COST; the recipient (l'université Harvard) is no location
Q('environ 25 millions de dollars', 'money', 25000000, 'USD', approx='approx', f=('COST', None, None, '1994'))
Q("23,25 millions d'euros", 'money', 23250000, 'EUR', f=('COST', None, None, '1994'))
Q('90 ans', 'age', 90, 'year')
Q('2005', 'date', '2005')
# gift to the Museum of Modern Art "de New York": the place named in the sentence
Q('5 millions de dollars', 'money', 5000000, 'USD', at='promis ', f=('COST', 'New York', 'US', '2005'))
Q("4,6 millions d'euros", 'money', 4600000, 'EUR', f=('COST', 'New York', 'US', '2005'))

if __name__ == '__main__':
    d.write()
