"""Disney rachète la 21st Century Fox pour 66,1 milliards de dollars (2017-12-14)."""
from goldlib import Doc

d = Doc('2017_12_14-001', '2017-12-14', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-12-14'   # acquisition announced on the day of the dateline
C = ('COST', None, None, T)   # acquisition price and its parts: money spent -> COST
# "21st", "20th Century Fox", "Fox 2000", "Fox21", "FS1", "FS2", "Big Ten" are names, not quantities
Q('66,1 milliards de dollars', 'money', 66100000000, 'USD', at=0, f=C)
Q('14 décembre 2017', 'date', T)
Q('66,1 milliards de dollars', 'money', 66100000000, 'USD', at=1, f=C)
# elided currency: "[de dollars]" of the total just before
Q('52,4 milliards', 'money', 52400000000, 'USD', f=C)
Q('13,7 milliards', 'money', 13700000000, 'USD', f=C)
# exchange ratio per share: nothing happened to them -> OTHER
Q('0,2745', 'count', 0.2745, 'action', f=('OTHER', None, None, None))
Q('25 %', 'percent', 25, '%')

if __name__ == '__main__':
    d.write()
