"""Burundi : hausse planifiée des recettes intérieures de 6 % (2016-11-26)."""
from goldlib import Doc

d = Doc('2016_11_26-002', '2016-11-26', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# Percents and dates only: no facts.
Q('6 %', 'percent', 6, '%', at=0)
Q('26 novembre 2016', 'date', '2016-11-26')
Q('- 7,4 %', 'percent', -7.4, '%')             # written sign kept
Q('2015', 'date', '2015')
Q('6 %', 'percent', 6, '%', at=1)
Q('2017', 'date', '2017')                      # "budget 2017"

if __name__ == '__main__':
    d.write()
