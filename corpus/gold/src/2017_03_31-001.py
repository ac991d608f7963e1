"""France : François Fillon, évoquant Bérégovoy, accusé de faire du chantage au suicide (2017-03-31)."""
from goldlib import Doc
d = Doc('2017_03_31-001', '2017-03-31', 'holdout7', source='winer-fr/train', entities=False)
Q = d.q

# "France 2" is a channel name, "Premier ministre" a title: not quantities.
Q('31 mars 2017', 'date', '2017-03-31')
Q('jeudi 23 mars', 'date', '2017-03-23')
Q('1993', 'date', '1993')
Q('lundi', 'date', '2017-03-27', at='Revenant ', optional=True)   # article of Friday 31 March
Q('27 mars', 'date', '2017-03-27')
# activists attending the speech -> PARTICIPATE, at Nantes on 27 March
Q('5 000', 'count', 5000, 'militant', f=('PARTICIPATE', 'Nantes', 'FR', '2017-03-27'))

if __name__ == '__main__':
    d.write()
