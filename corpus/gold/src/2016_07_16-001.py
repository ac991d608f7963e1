"""Triathlon : WTS Hambourg, une dernière avant Rio (2016-07-16)."""
from goldlib import Doc

d = Doc('2016_07_16-001', '2016-07-16', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

T = '2016-07-16'             # the Hamburg race, "le 16 juillet"
P = ('PARTICIPATE', None, None, T)   # competitors; their sentences name no place (strict location)

# Headline "une dernière" is not a quantity.
Q('16 juillet 2016', 'date', T, at=0)
Q('7 e', 'ordinal', 7, at=0)
Q('2016', 'date', '2016', at='triathlon ')            # year after the championship name
Q('16 juillet', 'date', T, at='Allemagne le ')
Q('750 mètres', 'measure', 750, 'm')
Q('20 kilomètres', 'measure', 20, 'km')
Q('10 kilomètres', 'measure', 10, 'km')
Q('premier', 'ordinal', 1, at='se constitue un ', optional=True)
Q('une vingtaine', 'count', 20, 'triathlète', approx='approx', f=P)
Q('première', 'ordinal', 1, at="à l'issue de la ", optional=True)
Q('une trentaine', 'count', 30, 'compétiteur', approx='approx', f=P)
Q('trente seconde', 'duration', 'PT30S')
Q('premiers', 'ordinal', 1, optional=True)            # "aux premiers" = the leaders
Q('seconde', 'ordinal', 2, at='dès la ', optional=True)
Q('cinq kilomètres', 'measure', 5, 'km')
Q('10 secondes', 'duration', 'PT10S')
Q('première', 'ordinal', 1, at='lors de la ', optional=True)
Q('100 mètres', 'measure', 100, 'm')
Q('troisième', 'ordinal', 3, at='pour sa ', optional=True)
Q('2016', 'date', '2016', at='saison ')
Q('seconde', 'ordinal', 2, at='La ', optional=True)
# Fine imposed by the race commissioners: a sanction -> CONVICT (guideline: fines -> CONVICT)
Q('15 000 dollars', 'money', 15000, 'USD', f=('CONVICT', None, None, T))
Q('première', 'ordinal', 1, at='remporter sa ', optional=True)
Q('huit', 'count', 8, 'compétitrice', f=P)
Q('premier', 'ordinal', 1, at="retour d'un ", optional=True)
Q('prés de 40', 'count', 40, 'triathlète', approx='approx', f=P)
Q('seconde', 'ordinal', 2, at='arrive la ', optional=True)
Q('sept minutes', 'duration', 'PT7M')
Q('second', 'ordinal', 2, at='Dans le ', optional=True)
Q('première', 'ordinal', 1, at="s'impose sur la ligne d'arrivée pour sa ", optional=True)
Q('troisième', 'ordinal', 3, at='capte malgré tout la ', optional=True)
Q('première', 'ordinal', 1, at='monte pour la ', optional=True)
Q('7 e', 'ordinal', 7, at='cette ')
Q('première', 'ordinal', 1, at='le titre pour la ', optional=True)
Q('1 h 20 min 23 s', 'duration', 'PT1H20M23S')
Q('cinquième', 'ordinal', 5, optional=True)
Q('2013', 'date', '2013')
Q('7 e', 'ordinal', 7, at='Podium de la ')
Q('16 juillet 2016', 'date', T, at='Évènements du ')  # footer line, a date like any other

if __name__ == '__main__':
    d.write()
