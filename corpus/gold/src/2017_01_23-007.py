"""France : nouvel épisode de pollution aux particules fines (2017-01-23)."""
from goldlib import Doc

d = Doc('2017_01_23-007', '2017-01-23', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# Article of Monday 2017-01-23. Bare weekdays and "aujourd'hui" are optional dates.
# "A86" (road) is an identifier. "ces prochains jours", "tous les jours" carry no number.
RA = ('Rhône-Alpes', 'FR')   # "l'ex-région Rhône-Alpes"
Q('23 janvier 2017', 'date', '2017-01-23')
Q('début décembre', 'date', '2016-12')              # previous December, month grain
Q('50 µg/m 3', 'measure', 50, 'µg/m³')
Q('vendredi', 'date', '2017-01-20', optional=True)
Q('samedi', 'date', '2017-01-21', optional=True)
Q('15 jours', 'duration', 'P15D')
Q('36 jours', 'duration', 'P36D')
Q('de 8h à 20h', 'time', '08:00', approx='range', value_max='20:00')
Q('22 janvier', 'date', '2017-01-22')               # "Au 22 janvier": preposition out
# "12 de ses 17 zones de suivi touchés": 12 zones affected (as of 22 January, the
# paragraph's date); 17 = total of zones, nothing happens to them -> OTHER, no date.
Q('12', 'count', 12, 'zone', at='départements et ', f=('AFFECT',) + RA + ('2017-01-22',))
Q('17', 'count', 17, 'zone', at='de ses ', f=('OTHER',) + RA + (None,))
Q('dimanche', 'date', '2017-01-22', optional=True)
Q('lundi', 'date', '2017-01-23', at='alternée ', optional=True)
Q('20km/h', 'measure', 20, 'km/h')
Q('20 km/h', 'measure', 20, 'km/h')
Q('ce lundi', 'date', '2017-01-23', optional=True)
Q("aujourd'hui", 'date', '2017-01-23', optional=True)   # "aujourd'hui Grand Est" = nowadays

if __name__ == '__main__':
    d.write()
