"""France : interpellation à Lille d'un jeune homme soupçonné de préparer un attentat (2017-02-16)."""
from goldlib import Doc

d = Doc('2017_02_16-002', '2017-02-16', 'holdout5', source='winer-fr/train', entities=False)
Q = d.q

T = '2017-02-14'   # "Ce mardi" (article of Thursday 2017-02-16)
# The arrested young man, "un" in the headline and in the lead: indefinite counting the
# participant of the reported event -> optional count with optional ARREST fact.
# Headline place: most specific of "France : ... à Lille" -> Lille; lead: fronted
# "à Wattignies, en banlieue de Lille" -> Wattignies.
Q('un', 'count', 1, 'homme', at="Lille d'", optional=True, f=('ARREST', 'Lille', 'FR', T))
Q('16 février 2017', 'date', '2017-02-16')
Q('Ce mardi', 'date', T, optional=True)
Q('un', 'count', 1, 'homme', at='Nord , ', optional=True, f=('ARREST', 'Wattignies', 'FR', T))
Q('18 ans', 'age', 18, 'year')
Q('30 décembre 2016', 'date', '2016-12-30')
Q('mercredi', 'date', '2017-02-15', optional=True)     # "mercredi soir"

if __name__ == '__main__':
    d.write()
