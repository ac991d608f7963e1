"""Helpers for the hand-written gold generators (stdlib only).

Every annotation is written as a surface string plus either an occurrence
index (int, 0-based, plain substring search) or a unique left-context string
(str): the span starts right after `ctx` in the first occurrence of
`ctx + surface`, which must be unique in the text. Offsets are Python str
indices, i.e. Unicode code points, end exclusive.
"""
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.normpath(os.path.join(HERE, '..'))
# Where each source's article texts live; the gold files carry the text inline,
# so only regenerating them needs these folders.
SOURCES = {
    'wikinews-fr-2012': os.path.normpath(os.path.join(GOLD, '..', 'wikinews-fr-2012')),
    'winer-fr/train': os.path.normpath(os.path.join(GOLD, '..', '..', '..', 'shared', 'data', 'ner', 'winer-fr', 'train')),
    'winer-fr/dev': os.path.normpath(os.path.join(GOLD, '..', '..', '..', 'shared', 'data', 'ner', 'winer-fr', 'dev')),
}
# ner-dev / ner-test: entity-only gold for the NER (issue 14); ner-test is
# frozen like test.
SPLITS = ('train', 'dev', 'test', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'ner-dev', 'ner-test', 'repro-a', 'repro-b', 'repro-c')


def text_path(source, doc_id):
    return os.path.join(SOURCES[source], doc_id + '.txt')


class Doc:
    """One article's gold, written to `<split>/<doc_id>.gold.jsonl`."""

    def __init__(self, doc_id, date, split, source='wikinews-fr-2012', entities=True,
                 numbers=True):
        """`entities=False` leaves the entity layer out of the gold (not scored);
        `numbers=False` leaves out quantities and facts (entity-only gold)."""
        assert split in SPLITS, split
        self.id = doc_id
        self.with_entities = entities
        self.with_numbers = numbers
        self.date = date
        self.split = split
        with open(text_path(source, doc_id), 'rb') as fh:
            raw = fh.read()
        self.sha = hashlib.sha256(raw).hexdigest()
        self.text = raw.decode('utf-8')
        self.E, self.Q, self.F = [], [], []

    # -- locating ---------------------------------------------------------
    def span(self, surface, at=0):
        t = self.text
        if isinstance(at, int):
            i, n = -1, -1
            while n < at:
                i = t.find(surface, i + 1)
                assert i >= 0, (self.id, surface, at, 'occurrence not found')
                n += 1
            start = i
        else:
            key = at + surface
            i = t.find(key)
            assert i >= 0, (self.id, surface, at, 'context not found')
            assert t.find(key, i + 1) < 0, (self.id, surface, at, 'context not unique')
            start = i + len(at)
        end = start + len(surface)
        assert t[start:end] == surface
        return start, end

    # -- entities ---------------------------------------------------------
    def ent(self, surface, label, at=0, optional=False):
        s, e = self.span(surface, at)
        self._add_ent(s, e, label, optional)

    def ents(self, surface, label, optional=False):
        """Every whole-word occurrence not overlapping an entity already added."""
        pat = re.compile(r'(?<!\w)' + re.escape(surface) + r'(?!\w)')
        n = 0
        for m in pat.finditer(self.text):
            if any(m.start() < x['end'] and x['start'] < m.end() for x in self.E):
                continue
            self._add_ent(m.start(), m.end(), label, optional)
            n += 1
        assert n > 0, (self.id, surface, 'no free occurrence')

    def _add_ent(self, s, e, label, optional):
        assert label in ('PER', 'LOC', 'ORG', 'EVENT', 'PRODUCT'), label
        for x in self.E:
            assert not (s < x['end'] and x['start'] < e), (self.id, self.text[s:e], 'overlaps', x['text'])
        d = {'start': s, 'end': e, 'label': label, 'text': self.text[s:e]}
        if optional:
            d['optional'] = True
        self.E.append(d)

    # -- quantities and facts --------------------------------------------
    def q(self, surface, kind, value, unit=None, approx='exact', at=0,
          value_max=None, optional=False, f=None):
        """Add a quantity; f=(event, location, country, date) adds its fact."""
        s, e = self.span(surface, at)
        d = {'start': s, 'end': e, 'text': surface, 'kind': kind, 'value': value}
        if value_max is not None:
            d['value_max'] = value_max
        d['unit'] = unit
        d['approx'] = approx
        if optional:
            d['optional'] = True
        self.Q.append(d)
        if f is not None:
            self.fact(d, *f)
        return d

    def fact(self, qd, event, location=None, country=None, date=None, optional=None):
        if optional is None:
            optional = bool(qd.get('optional'))
        d = {'event': event, 'value': qd['value'], 'unit': qd['unit'],
             'location': location, 'country': country, 'date': date,
             'quantity': {'start': qd['start'], 'end': qd['end']}}
        if optional:
            d['optional'] = True
        self.F.append(d)

    # -- output -------------------------------------------------------------
    def obj(self):
        o = {
            'doc': self.id,
            'date': self.date,
            'text_sha256': self.sha,
            'text': self.text,
            'entities': sorted(self.E, key=lambda x: x['start']),
            'quantities': sorted(self.Q, key=lambda x: x['start']),
            'facts': sorted(self.F, key=lambda x: x['quantity']['start']),
        }
        if not self.with_entities:
            assert not self.E, (self.id, 'entities given with entities=False')
            del o['entities']
        if not self.with_numbers:
            assert not self.Q and not self.F, (self.id, 'quantities given with numbers=False')
            del o['quantities'], o['facts']
        return o

    def write(self):
        os.makedirs(os.path.join(GOLD, self.split), exist_ok=True)
        path = os.path.join(GOLD, self.split, self.id + '.gold.jsonl')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write(json.dumps(self.obj(), ensure_ascii=False) + '\n')
        o = self.obj()
        print('%s: %s entities, %s quantities, %s facts' % (
            self.id, len(o['entities']) if 'entities' in o else 'no',
            len(o['quantities']) if 'quantities' in o else 'no',
            len(o['facts']) if 'facts' in o else 'no'))
