"""États-Unis : un homme meurt dissous après être tombé dans une source acide (2016-06-12)."""
from goldlib import Doc

d = Doc('2016_06_12-003', '2016-06-12', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-06-07'   # "mardi dernier" (article of Sunday 2016-06-12)
# Headline "un homme meurt": indefinite counting the participant of the event -> optional,
# with an optional fact; headline place États-Unis.
Q('un', 'count', 1, 'homme', at=': ', optional=True, f=('KILL', 'États-Unis', 'US', T))
Q('12 juin 2016', 'date', '2016-06-12')
Q('23 ans', 'age', 23, 'year')                         # appositive age
Q('mardi dernier', 'date', T, optional=True)           # weekday deictic
Q('200 mètres', 'measure', 200, 'm')
Q("jusqu'à 100°C", 'measure', 100, '°C', approx='max')
Q('lendemain', 'date', '2016-06-08', optional=True)    # digitless relative date (day after the accident)
# "22 personnes ont trouvé la mort depuis 1890 ... du Yellowstone": location = Yellowstone
# (named in the sentence). Date: time bound of the sentence, "depuis 1890", taken like a
# deadline ("jusqu'en 2014") as the fact's date -- hard call (null also defensible).
Q('22', 'count', 22, 'personne', f=('KILL', 'Yellowstone', 'US', '1890'))
Q('1890', 'date', '1890')

if __name__ == '__main__':
    d.write()
