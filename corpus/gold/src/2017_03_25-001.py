"""Europe : le traité de Rome a 60 ans (2017-03-25)."""
from goldlib import Doc

d = Doc('2017_03_25-001', '2017-03-25', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

D = '2017-03-25'
Q('60 ans', 'age', 60, 'year', at=0)              # headline: "le traité de Rome a 60 ans"
Q('25 mars 2017', 'date', D)
Q("aujourd'hui", 'date', D, optional=True)
Q('60 ans', 'age', 60, 'year', at=1)              # "fête aujourd'hui ses 60 ans"
Q('mercredi 29', 'date', '2017-03-29')
# members gathered "en Italie, à Rome": most specific place; date of the anniversary meeting
Q('27', 'count', 27, 'pays', f=('PARTICIPATE', 'Rome', 'IT', D))
Q('25 mars 1957', 'date', '1957-03-25')
Q('aujourd’hui', 'date', D, optional=True)        # "Prouvez aujourd’hui"
Q('100 e', 'ordinal', 100)
Q('1957', 'date', '1957', at='en ')
# "Des milliers de partisans", "des centaines d'activistes": no definite value (guideline)
# "Union est une et indivisible": adjective, not a count

if __name__ == '__main__':
    d.write()
