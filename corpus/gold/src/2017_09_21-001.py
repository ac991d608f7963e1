"""France : un géant de l'édition en rachète un autre (2017-09-21)."""
from goldlib import Doc

d = Doc('2017_09_21-001', '2017-09-21', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

O = ('OTHER', None, None, None)
Q('21 septembre 2017', 'date', '2017-09-21')
Q('2004', 'date', '2004')
Q('deux', 'count', 2, 'géant', at=0, f=O)
# combined weight (turnover) of the merged groups: revenue -> OTHER
Q("plus d'un demi-milliard d'euros", 'money', 500000000, 'EUR', approx='min', f=O)
Q('2 000', 'count', 2000, 'salarié', f=('EMPLOY', None, None, None))   # workforce
Q('deux', 'count', 2, 'groupe', at=1, f=O)
Q('38 e', 'ordinal', 38)
Q('46 e', 'ordinal', 46)
Q('30 e', 'ordinal', 30)

if __name__ == '__main__':
    d.write()
