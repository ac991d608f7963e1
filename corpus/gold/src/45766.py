"""Immolations et manifestations au Tibet (2012-11-10)."""
from goldlib import Doc

d = Doc('45766', '2012-11-10', 'ner-dev', numbers=False)

d.ents('Tibet', 'LOC')
d.ents('Pékin', 'LOC')
d.ent('Parti communiste chinois', 'ORG')
d.ent('Xi Jinping', 'PER')
d.ents('Hu Jintao', 'PER')
d.ent('gouvernement tibétain en exil', 'ORG', optional=True)
d.ent('Rebkong', 'LOC')
d.ent('Qinghai', 'LOC')
d.ent('Navi Pillay', 'PER')
d.ent('Nations unies', 'ORG')
d.ent('PCC', 'ORG')
d.ent('Parti', 'ORG', at='ronge le ', optional=True)

if __name__ == '__main__':
    d.write()
