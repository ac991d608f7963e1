"""Burundi : Eloge Willy Kaneza et SOS Media Burundi reçoivent le Prix Peter Mackler 2016 (2016-10-15)."""
from goldlib import Doc

d = Doc('2016_10_15-003', '2016-10-15', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# No count or money: no facts. "chaque année" (a frequency, no specific year) and
# "la seule figure publique" (no "un/une") are not annotated.
Q('2016', 'date', '2016', at='Mackler ')      # headline: year after the prize's name
Q('15 octobre 2016', 'date', '2016-10-15')
Q('13 octobre', 'date', '2016-10-13')
Q('2009', 'date', '2009')                     # "depuis 2009": preposition out of the span
Q('2015', 'date', '2015')
Q('2016', 'date', '2016', at='rappelé en ')

if __name__ == '__main__':
    d.write()
