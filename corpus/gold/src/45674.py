"""France : incident à l'Assemblée Nationale lors des débats sur le budget de l'agriculture (2012-11-06)."""
from goldlib import Doc

d = Doc('45674', '2012-11-06', 'train')
Q = d.q

d.ent('France', 'LOC')
d.ents('Assemblée Nationale', 'ORG')
d.ents('Assemblée', 'ORG')
d.ent('François Brottes', 'PER')
d.ent('PS', 'ORG', at='(')
d.ents('Denis Baupin', 'PER')
d.ent('EELV', 'ORG')
d.ent('Baupin', 'PER', at='M. ')
d.ents('UMP', 'ORG')
d.ent('Christian Jacob', 'PER')
d.ent('Bruno Le Roux', 'PER')
d.ent('Claude Bertolone', 'PER')
d.ent('Twitter', 'ORG')
d.ent('Philippe Gosselin', 'PER')
d.ent('Lionel Tardy', 'PER')
d.ent('LCP', 'ORG')

T = '2012-11-06'
Q('6 novembre 2012', 'date', T)
Q("aujourd'hui", 'date', T, at='voter ', optional=True)
Q('2013', 'date', '2013')
Q('3 %', 'percent', 3, '%')
Q('5 minutes', 'duration', 'PT5M')
Q("aujourd'hui", 'date', T, at="l'opposition ", optional=True)
Q('1,5 fois', 'number', 1.5)
Q('178', 'count', 178, 'voix', f=('VOTE', None, None, T))
Q('99', 'count', 99, 'voix', f=('VOTE', None, None, T))

if __name__ == '__main__':
    d.write()
