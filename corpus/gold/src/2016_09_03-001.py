"""France : la natalité poursuit sa chute au premier semestre 2016 (2016-09-03)."""
from goldlib import Doc

d = Doc('2016_09_03-001', '2016-09-03', 'holdout3', source='winer-fr/train', entities=False)
Q = d.q

# "premier semestre 2016" is one date range 2016-01 … 2016-06 (guideline); a fact dated
# by a semester takes its year (a fact date has no range).
Q('premier semestre 2016', 'date', '2016-01', approx='range', value_max='2016-06', at=0)
Q('3 septembre 2016', 'date', '2016-09-03')
Q('premier semestre 2016', 'date', '2016-01', approx='range', value_max='2016-06', at=1)
Q('2015', 'date', '2015', at=0)
Q("six premiers mois de l'année", 'date', '2016-01', approx='range', value_max='2016-06')
# births: nothing happened to them → OTHER; the sentence names no place ("France
# métropolitaine" is in the previous sentence, not carried over)
Q('362 500', 'count', 362500, 'naissance', f=('OTHER', None, None, '2016'))
Q('371 100', 'count', 371100, 'naissance', f=('OTHER', None, None, '2015'))
Q('premier semestre 2015', 'date', '2015-01', approx='range', value_max='2015-06')
Q('2,3 %', 'percent', 2.3, '%')
Q('2015', 'date', '2015', at="L'année ")
Q('2015', 'date', '2015', at='naissances en ')
Q('1999', 'date', '1999')
Q("l'année dernière", 'date', '2015', optional=True)
Q('1976', 'date', '1976')

if __name__ == '__main__':
    d.write()
