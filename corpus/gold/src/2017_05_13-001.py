"""Une vaste cyberattaque frappe des pays du monde entier (2017-05-13)."""
from goldlib import Doc

d = Doc('2017_05_13-001', '2017-05-13', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "Windows 8", "Windows Server 2003", "Windows XP": product names, not quantities.
S = '2017-05-12'   # "depuis le 12 mai"
Q('13 mai 2017', 'date', '2017-05-13')
# attacks hitting systems and the countries hit -> AFFECT; spread over 99 countries: no location
Q('Plus de 75 000', 'count', 75000, 'cyberattaque', approx='min', f=('AFFECT', None, None, S))
Q('99', 'count', 99, 'pays', f=('AFFECT', None, None, S))
Q('12 mai', 'date', S)
Q('mars', 'date', '2017-03')

if __name__ == '__main__':
    d.write()
