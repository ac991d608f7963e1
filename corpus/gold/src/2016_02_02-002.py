"""Australie : le débat pour la république relancé (2016-02-02)."""
from goldlib import Doc

d = Doc('2016_02_02-002', '2016-02-02', 'holdout4', source='winer-fr/dev', entities=False)
Q = d.q

# "Elizabeth II", "premier ministre", "Premier ministre" are names/titles: not quantities.
# "À la veille de la fête nationale" (Australia Day eve) has no number and is not
# resolved from the text alone: facts of that sentence get date None.
Q('2 février 2016', 'date', '2016-02-02')
Q('premiers', 'ordinal', 1, at='arrivée des ', optional=True)   # "les premiers colons"
Q('1788', 'date', '1788')
# the eight states and territories the declaration was offered to: nothing happens
# to them -> OTHER; "du pays" / "l'Australie" named in the same sentence.
Q('huit', 'count', 8, 'état', f=('OTHER', 'Australie', 'AU', None))
# "Sept d'entre eux ont signé" : elided, "eux" = the chiefs; signing a declaration
# ~ ratifying -> PARTICIPATE; no place in the sentence.
Q('Sept', 'count', 7, 'chef', f=('PARTICIPATE', None, None, None))
Q('1999', 'date', '1999')
Q('2014', 'date', '2014')
Q('51 %', 'percent', 51, '%')
Q('42 %', 'percent', 42, '%')

if __name__ == '__main__':
    d.write()
