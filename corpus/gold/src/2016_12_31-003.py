"""Le cannibalisme était pratiqué par l'homme de Néandertal en Europe du Nord (2016-12-31)."""
from goldlib import Doc

d = Doc('2016_12_31-003', '2016-12-31', 'holdout8', source='winer-fr/train', entities=False)
Q = d.q

Q('31 décembre 2016', 'date', '2016-12-31')
Q('40 000 ans', 'duration', 'P40000Y')   # "il y a 40 000 ans": duration, not a date
# bones of six individuals reconstructed: nothing in the table happens to them -> OTHER;
# the sentence names no place (Goyet is in the previous sentence) -> null
Q('six', 'count', 6, 'individu', f=('OTHER', None, None, None))
Q('première', 'ordinal', 1, optional=True)
# "quelques milliers d'années": "quelques" has no value, but "plusieurs milliers" is a quantity
# (approx) per the guidelines -> undecidable, optional
Q("quelques milliers d'années", 'duration', 'P1000Y', approx='approx', optional=True)
Q('28 000 ans environ', 'duration', 'P28000Y', approx='approx')   # "il a 28 000 ans environ"

if __name__ == '__main__':
    d.write()
