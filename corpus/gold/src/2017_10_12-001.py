"""Ukraine : les négociations de paix toujours au point mort (2017-10-12)."""
from goldlib import Doc

d = Doc('2017_10_12-001', '2017-10-12', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# "Minsk II", "Minsk III" are names: not quantities. No count or money: no facts.
Q('12 octobre 2017', 'date', '2017-10-12')
Q('plus de deux ans', 'duration', 'P2Y', approx='min')
Q('avril 2014', 'date', '2014-04')                 # "depuis avril 2014"
Q('deux', 'number', 2, at='coupée en ', optional=True)   # "coupée en deux": idiom, undecidable
Q('12 février 2015', 'date', '2015-02-12')
Q('deux ans et demi', 'duration', 'P2Y6M')
Q('28 septembre', 'date', '2017-09-28')
Q('deux', 'number', 2, at='Donbass en ', optional=True)

if __name__ == '__main__':
    d.write()
