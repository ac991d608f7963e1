"""Burundi : tentative d'assassinat du conseiller spécial Willy Nyamitwe (2016-12-02)."""
from goldlib import Doc
d = Doc('2016_12_02-002', '2016-12-02', 'holdout6', source='winer-fr/train', entities=False)
Q = d.q

A = '2016-11-28'   # the attack, "lundi 28 novembre au soir"
Q('2 décembre 2016', 'date', '2016-12-02')
Q('lundi 28 novembre', 'date', A)
Q('aux alentours de 21 h 30', 'time', '21:30', approx='approx')
# "Un de ses gardes du corps a été tué": indefinite "un" counting a participant
# of the reported event -> optional count with optional fact (seed rule). No place in the sentence.
Q('Un', 'count', 1, 'garde du corps', at=1, f=('KILL', None, None, A), optional=True)

if __name__ == '__main__':
    d.write()
