"""France : Manuel Valls enfariné à Strasbourg (2016-12-22)."""
from goldlib import Doc

d = Doc('2016_12_22-001', '2016-12-22', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

Q('22 décembre 2016', 'date', '2016-12-22')
Q('jeudi 22 décembre', 'date', '2016-12-22')
# "un militant": indefinite counting a participant of the reported event, who is
# arrested in the next sentence -> optional count with optional ARREST fact.
Q('un', 'count', 1, 'militant', at='Strasbourg par ', optional=True,
  f=('ARREST', 'Strasbourg', 'FR', '2016-12-22'))
# "49.3" is an article number of the Constitution: not a quantity.
Q('six fois', 'number', 6)
Q('début du mois', 'date', '2016-12', optional=True)  # digitless relative date
Q('2012', 'date', '2012')

if __name__ == '__main__':
    d.write()
