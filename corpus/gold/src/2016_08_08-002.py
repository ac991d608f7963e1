"""Facebook lance une nouvelle offensive contre Snapchat (2016-08-08)."""
from goldlib import Doc

d = Doc('2016_08_08-002', '2016-08-08', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

N13 = '2013-11'
Q('8 août 2016', 'date', '2016-08-08')
Q('2 août', 'date', '2016-08-02', at=0)            # "le 2 août dernier"
Q('Un an', 'duration', 'P1Y', optional=True)       # un/une duration: optional
Q('décembre 2012', 'date', '2012-12')
Q('un an et demi', 'duration', 'P1Y6M', optional=True)
Q('novembre 2013', 'date', N13)
Q('800 millions de dollars', 'money', 800000000, 'USD', f=('OTHER', None, None, N13))   # valuation
Q('3 milliards de dollars', 'money', 3000000000, 'USD', f=('COST', None, None, N13))    # purchase offer (as the Airbus purchase example: COST)
Q('2014', 'date', '2014', at=0)
Q('2014', 'date', '2014', at=1)
Q('18 mois', 'duration', 'P18M')
# "Valorisé désormais à près de 19 milliards": currency elided, dollars as in the paragraph before
Q('près de 19 milliards', 'money', 19000000000, 'USD', approx='approx', f=('OTHER', None, None, None))
Q('Près de 150 millions', 'count', 150000000, 'personne', approx='approx', f=('OTHER', None, None, None))
Q('1,7 milliard', 'count', 1700000000, 'utilisateur', f=('OTHER', None, None, None))
Q('10 milliards', 'count', 10000000000, 'vidéo', f=('OTHER', None, None, None))
Q('21 %', 'percent', 21, '%')
# season: range of months, like "premier semestre 2012" (judgement call)
Q('printemps 2016', 'date', '2016-03', approx='range', value_max='2016-06')
Q('2015', 'date', '2015')
Q('Près de 47 %', 'percent', 47, '%', approx='approx')
Q('18 à 24', 'age', 18, 'year', approx='range', value_max=24)     # "âgés de 18 à 24" (ans left out)
Q('23 %', 'percent', 23, '%')
Q('16,5 %', 'percent', 16.5, '%')
Q('25-34 ans', 'age', 25, 'year', approx='range', value_max=34)
Q('29 %', 'percent', 29, '%')
Q('25, 6', 'percent', 25.6, '%')    # typo for "25,6 %" (parallel with 23 % / 20,3 %)
Q('20,3 %', 'percent', 20.3, '%')
Q('18 minutes', 'duration', 'PT18M')
Q('22 minutes', 'duration', 'PT22M')
Q('15 minutes', 'duration', 'PT15M')
Q('2 août', 'date', '2016-08-02', at=1)            # "Le 2 août dernier"
Q('24 heures', 'duration', 'PT24H')
Q("Aujourd'hui", 'date', '2016-08-08', optional=True)
# test markets: spread over two places (Brésil, Canada) -> no location; day's news
Q('deux', 'count', 2, 'pays', at='En test dans ', f=('OTHER', None, None, '2016-08-08'))
Q('mars dernier', 'date', '2016-03')

if __name__ == '__main__':
    d.write()
