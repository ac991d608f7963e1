"""Bénin : résultats catastrophiques au BEPC 2016 (2016-07-08)."""
from goldlib import Doc

d = Doc('2016_07_08-001', '2016-07-08', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

# The counts' sentence names no place (Porto-Novo is in the sentence before;
# the headline's "Bénin" is only for headline figures): location null.
# Date: results of BEPC 2016 announced on the dateline's day.
R = '2016-07-08'
Q('2016', 'date', '2016', at='BEPC ')                    # headline, year after exam name
Q('8 juillet 2016', 'date', '2016-07-08')
Q('16 %', 'percent', 16, '%')
Q('31 221', 'count', 31221, 'candidat', f=('OTHER', None, None, R))       # candidates who passed
Q('195 149', 'count', 195149, 'candidat', f=('PARTICIPATE', None, None, R))  # candidates sitting the exam
Q('2015', 'date', '2015', at="l'année ")
Q('plus de 30 %', 'percent', 30, '%', approx='min')
Q('5 juillet dernier', 'date', '2016-07-05')
Q('plus de 89 %', 'percent', 89, '%', approx='min')
Q('2015', 'date', '2015', at='89 % en ')
Q('39,26 %', 'percent', 39.26, '%')
Q('cette année', 'date', '2016', at='pour ', optional=True)
Q('cette année', 'date', '2016', at='racheter, ', optional=True)
Q('cette année', 'date', '2016', at='antérieures et ', optional=True)
Q('2016', 'date', '2016', at='baccalauréat ')

if __name__ == '__main__':
    d.write()
