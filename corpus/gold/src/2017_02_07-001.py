"""États-Unis : la dérégulation financière inquiète (2017-02-07)."""
from goldlib import Doc

d = Doc('2017_02_07-001', '2017-02-07', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

# "Un certain nombre", "un décret" are not counts. No facts.
Q('7 février 2017', 'date', '2017-02-07')
Q('2007', 'date', '2007')
Q('10 ans', 'duration', 'P10Y')   # "il y a 10 ans"

if __name__ == '__main__':
    d.write()
