"""France : les élèves de terminale débutent le baccalauréat 2016 avec les épreuves de philosophie (2016-06-15)."""
from goldlib import Doc

d = Doc('2016_06_15-002', '2016-06-15', 'train', source='winer-fr/dev', entities=False)
Q = d.q

D = '2016-06-15'
# "ce matin", "l'après-midi" are not quantities; "baccalauréat 2016" is a year (as "budget 2013").
Q('2016', 'date', '2016', at='le baccalauréat ')
Q('15 juin 2016', 'date', D)
Q('2016', 'date', '2016', at='du baccalauréat ')
Q('695 682', 'count', 695682, 'candidat', f=('PARTICIPATE', None, None, D))  # registered for the exam
Q('de 8 h à midi', 'time', '08:00', approx='range', value_max='12:00')
Q('1964', 'date', '1964')
Q('1948', 'date', '1948')
Q('demain', 'date', '2016-06-16', optional=True)

if __name__ == '__main__':
    d.write()
