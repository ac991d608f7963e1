"""Triathlon : l'ITU valide le calendrier des WTS 2017 (2016-09-08)."""
from goldlib import Doc

d = Doc('2016_09_08-001', '2016-09-08', 'holdout2', source='winer-fr/train', entities=False)
Q = d.q

# The calendar is the 2017 season: its day ranges resolve to 2017.
Q('2017', 'date', '2017', at='WTS ')
Q('8 septembre 2016', 'date', '2016-09-08')
Q('2017', 'date', '2017', at='triathlon ')
Q('première', 'ordinal', 1, optional=True)
Q('deux', 'count', 2, 'étape', f=('OTHER', 'Canada', 'CA', '2017'))
Q('U23', 'age', 23, 'year', approx='max', optional=True)  # age category name
Q('2017', 'date', '2017', at='saison ')
Q('3-4 mars', 'date', '2017-03-03', approx='range', value_max='2017-03-04')
Q('8-9 avril', 'date', '2017-04-08', approx='range', value_max='2017-04-09')
Q('13-14 mai', 'date', '2017-05-13', approx='range', value_max='2017-05-14')
Q('10-11 juin', 'date', '2017-06-10', approx='range', value_max='2017-06-11')
Q('15-16 juin', 'date', '2017-06-15', approx='range', value_max='2017-06-16')
Q('28-30 juillet', 'date', '2017-07-28', approx='range', value_max='2017-07-30')
Q('5-6 août', 'date', '2017-08-05', approx='range', value_max='2017-08-06')
Q('26-27 août', 'date', '2017-08-26', approx='range', value_max='2017-08-27')
Q('14-17 septembre', 'date', '2017-09-14', approx='range', value_max='2017-09-17')

if __name__ == '__main__':
    d.write()
