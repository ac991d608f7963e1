"""Burundi : un recensement ethnique qui inquiète (2016-11-14)."""
from goldlib import Doc

d = Doc('2016_11_14-004', '2016-11-14', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "il y a de cela quelques années": "quelques" has no value; "Premier Vice-président" is a title.
Q('14 novembre 2016', 'date', '2016-11-14')
Q('60 %', 'percent', 60, '%')
Q('40 %', 'percent', 40, '%')

if __name__ == '__main__':
    d.write()
