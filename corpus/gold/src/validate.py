"""Validate the gold files of ../ against ANNOTATIONS.md (stdlib only).

usage: python3 validate.py [gold.jsonl ...]   (default: every ../{train,dev,test}/*.gold.jsonl)
"""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from goldlib import GOLD, SOURCES, SPLITS, text_path  # noqa: E402

LABELS = {'PER', 'LOC', 'ORG', 'EVENT', 'PRODUCT'}
KINDS = {'count', 'number', 'percent', 'money', 'measure', 'age', 'duration',
         'date', 'time', 'datetime', 'ordinal'}
APPROX = {'exact', 'approx', 'min', 'max', 'range'}
EVENTS = {'ARREST', 'RESCUE', 'KILL', 'WOUND', 'MISSING', 'KIDNAP', 'DISPLACE',
          'AFFECT', 'SEIZE', 'STEAL', 'CONVICT', 'PROTEST', 'PARTICIPATE',
          'INSPECT', 'MONITOR', 'INTERCEPT', 'SMUGGLE', 'VOTE', 'EMPLOY',
          'COST', 'OTHER'}
DATE_RE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$')
TIME_RE = re.compile(r'^\d{2}:\d{2}$')
DATETIME_RE = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$')
DUR_RE = re.compile(r'^P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?'
                    r'(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$')
CURRENCY_RE = re.compile(r'^[A-Z]{3}$')
COUNTRY_RE = re.compile(r'^[A-Z]{2}$')


def check(path):
    errs = []
    E = errs.append
    lines = [l for l in open(path, encoding='utf-8').read().split('\n') if l.strip()]
    if len(lines) != 1:
        E('expected one JSON line, got %d' % len(lines))
    for line in lines:
        try:
            o = json.loads(line)
        except ValueError as ex:
            E('JSON: %s' % ex)
            continue
        doc = o.get('doc')
        if doc + '.gold.jsonl' != os.path.basename(path):
            E('doc %r does not match the file name' % doc)
        text = o.get('text')
        if text is None:
            E('no inline text')
            continue
        raw = text.encode('utf-8')
        if hashlib.sha256(raw).hexdigest() != o.get('text_sha256'):
            E('text_sha256 does not match the inline text')
        for source in SOURCES:
            src = text_path(source, doc)
            if os.path.exists(src) and open(src, 'rb').read() != raw:
                E('inline text differs from %s' % src)
        if o.get('date') is not None and not re.match(r'^\d{4}-\d{2}-\d{2}$', o['date']):
            E('bad article date %r' % o['date'])

        def span_ok(x, what):
            s, e = x.get('start'), x.get('end')
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                E('%s: bad span %r' % (what, x))
                return False
            if 'text' in x and text[s:e] != x['text']:
                E('%s: span %d-%d is %r, not %r' % (what, s, e, text[s:e], x['text']))
                return False
            if text[s:e] != text[s:e].strip():
                E('%s: span %r has outer spaces' % (what, text[s:e]))
            if (s > 0 and text[s - 1].isalnum() and text[s].isalnum()) or \
               (e < len(text) and text[e].isalnum() and text[e - 1].isalnum()):
                E('%s: span %r cuts a word' % (what, text[s:e]))
            return True

        for x in o.get('entities', []):
            span_ok(x, 'entity')
            if x.get('label') not in LABELS:
                E('entity label %r' % x.get('label'))
        ents = sorted(o.get('entities', []), key=lambda x: x['start'])
        for a, b in zip(ents, ents[1:]):
            if b['start'] < a['end']:
                E('overlapping entities %r %r' % (a['text'], b['text']))

        qs = o.get('quantities', [])
        for x in qs:
            if not span_ok(x, 'quantity'):
                continue
            k, v, u = x.get('kind'), x.get('value'), x.get('unit', 'MISSING')
            if k not in KINDS:
                E('quantity kind %r' % k)
            if x.get('approx') not in APPROX:
                E('%r: approx %r' % (x['text'], x.get('approx')))
            if u == 'MISSING':
                E('%r: no unit field' % x['text'])
            if (x.get('approx') == 'range') != ('value_max' in x):
                E('%r: range needs value_max and only range has it' % x['text'])
            vals = [v] + ([x['value_max']] if 'value_max' in x else [])
            for val in vals:
                if k in ('count', 'number', 'percent', 'money', 'measure', 'age', 'ordinal'):
                    if not isinstance(val, (int, float)) or isinstance(val, bool):
                        E('%r: value %r not a number' % (x['text'], val))
                elif k == 'date' and not (isinstance(val, str) and DATE_RE.match(val)):
                    E('%r: date %r' % (x['text'], val))
                elif k == 'time' and not (isinstance(val, str) and TIME_RE.match(val)):
                    E('%r: time %r' % (x['text'], val))
                elif k == 'datetime' and not (isinstance(val, str) and DATETIME_RE.match(val)):
                    E('%r: datetime %r' % (x['text'], val))
                elif k == 'duration' and not (isinstance(val, str) and DUR_RE.match(val)):
                    E('%r: duration %r' % (x['text'], val))
            if k == 'count' and not (isinstance(u, str) and u == u.lower() and u):
                E('%r: count unit %r' % (x['text'], u))
            if k == 'money' and not (isinstance(u, str) and CURRENCY_RE.match(u)):
                E('%r: currency %r' % (x['text'], u))
            if k == 'percent' and u != '%':
                E('%r: percent unit %r' % (x['text'], u))
            if k == 'age' and u != 'year':
                E('%r: age unit %r' % (x['text'], u))
            if k == 'measure' and not u:
                E('%r: measure without unit' % x['text'])
            if k in ('number', 'duration', 'date', 'time', 'datetime', 'ordinal') and u is not None:
                E('%r: unit should be null' % x['text'])
        sq = sorted(qs, key=lambda x: x['start'])
        for a, b in zip(sq, sq[1:]):
            if b['start'] < a['end']:
                E('overlapping quantities %r %r' % (a['text'], b['text']))

        byspan = {(x['start'], x['end']): x for x in qs}
        covered = {}
        for f in o.get('facts', []):
            sp = f.get('quantity') or {}
            key = (sp.get('start'), sp.get('end'))
            if f.get('event') not in EVENTS:
                E('fact event %r' % f.get('event'))
            for fld in ('value', 'unit', 'location', 'country', 'date', 'quantity'):
                if fld not in f:
                    E('fact %r lacks %s' % (f, fld))
            q = byspan.get(key)
            if q is None:
                E('fact points at no quantity: %r' % (f,))
                continue
            covered[key] = covered.get(key, 0) + 1
            if f.get('value') != q['value']:
                E('fact value %r != quantity value %r (%r)' % (f.get('value'), q['value'], q['text']))
            if f.get('unit') != q['unit']:
                E('fact unit %r != quantity unit %r (%r)' % (f.get('unit'), q['unit'], q['text']))
            if q['kind'] not in ('count', 'money', 'measure'):
                E('fact on a %s quantity %r' % (q['kind'], q['text']))
            c = f.get('country')
            if c is not None and not COUNTRY_RE.match(c):
                E('fact country %r' % c)
            if f.get('location') is None and c is not None:
                E('fact %r: country without location' % q['text'])
            if f.get('location') is not None and f['location'] not in text:
                E('fact location %r not written in the text' % f['location'])
            dt = f.get('date')
            if dt is not None and not DATE_RE.match(dt):
                E('fact date %r' % dt)
            if bool(f.get('optional')) != bool(q.get('optional')):
                E('fact/quantity optional flags differ for %r' % q['text'])
        for q in qs:
            key = (q['start'], q['end'])
            if q['kind'] in ('count', 'money') and not q.get('optional') and key not in covered:
                E('%s %r has no fact' % (q['kind'], q['text']))
            if covered.get(key, 0) > 1:
                E('%r has %d facts' % (q['text'], covered[key]))
    return errs


def main(argv):
    paths = argv or sorted(p for split in SPLITS
                           for p in glob.glob(os.path.join(GOLD, split, '*.gold.jsonl')))
    bad = 0
    for p in paths:
        errs = check(p)
        for e in errs:
            print('%s: %s' % (os.path.basename(p), e))
        bad += bool(errs)
    print('%d files checked, %d with errors' % (len(paths), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
