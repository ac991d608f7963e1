"""Les États-Unis font usage d'une GBU-43/B pour la première fois en Afghanistan (2017-04-13)."""
from goldlib import Doc

d = Doc('2017_04_13-002', '2017-04-13', 'holdout4', source='winer-fr/train', entities=False)
Q = d.q

# "GBU-43/B", "MC-130": identifiers/names, not quantities; "cet après-midi": not a quantity
Q('première', 'ordinal', 1, optional=True)
Q('13 avril 2017', 'date', '2017-04-13')
Q('19h32', 'time', '19:32')   # "(heure locale)" left out

if __name__ == '__main__':
    d.write()
