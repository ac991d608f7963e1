"""Le Chili reçoit la plus grande donation de terres privées de son histoire (2017-03-23)."""
from goldlib import Doc

d = Doc('2017_03_23-004', '2017-03-23', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# donated land areas are measures with no event of the table (not seized/stolen): no fact
Q('23 mars 2017', 'date', '2017-03-23')
Q('407 625 hectares', 'measure', 407625, 'ha')
Q('jeudi 16 mars', 'date', '2017-03-16')
# parks to be created: no table event, no place named in the sentence ("y"), future
Q('Trois', 'count', 3, 'parc', at='. ', f=('OTHER', None, None, None))
Q('72 ans', 'age', 72, 'year')
Q('fin 2015', 'date', '2015-12')
Q('vingt-cinq ans', 'duration', 'P25Y')   # "il y a vingt-cinq ans"
Q('550 000 hectares', 'measure', 550000, 'ha')
Q('jeudi', 'date', '2017-03-16', at='terres ', optional=True)   # the ceremony of 16 March
# "des mois de travail": no definite value
Q('Trois', 'count', 3, 'parc', at='\n', f=('OTHER', None, None, None))

if __name__ == '__main__':
    d.write()
