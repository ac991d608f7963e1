#!/usr/bin/env python3
"""Writes the two tables recense-places reads from the Unicode CLDR (via the
PyPI package babel 2.19.0, BSD-3-Clause; CLDR data under the Unicode
licence):

- countries-cldr-fr.tsv: the French names of countries, as "ISO 3166-1
  alpha-2 <TAB> names". The usual short names ("Syrie", "Russie", "Iran",
  "Viêt Nam") that the iso-codes translations of countries-fr.tsv lack;
  parenthesised alternatives become names of their own ("Myanmar
  (Birmanie)" gives "Myanmar" and "Birmanie").
- regions-cldr-fr.tsv: the French names of the regions that span countries
  (continents and their parts, UN M.49 codes; the European Union and the
  euro area), as "code <TAB> name": a fact placed there has no country.

    pip install babel==2.19.0 && python3 make-countries-cldr.py
"""
import re

from babel import Locale

HEADER = '# {}\t{} (Unicode CLDR via babel 2.19.0; see README.md); made by make-countries-cldr.py\n'


def main():
    names = Locale('fr').territories
    with open('countries-cldr-fr.tsv', 'w', encoding='utf-8') as out:
        out.write(HEADER.format('alpha2', 'French names'))
        for code in sorted(names):
            if not re.fullmatch(r'[A-Z]{2}', code) or code in ('EU', 'EZ', 'UN', 'ZZ', 'QO'):
                continue
            name = names[code]
            forms = [name]
            m = re.fullmatch(r'(.+?) \((.+)\)', name)
            if m:
                forms = [m.group(1), m.group(2)]
            out.write(code + '\t' + '\t'.join(forms) + '\n')
    with open('regions-cldr-fr.tsv', 'w', encoding='utf-8') as out:
        out.write(HEADER.format('code', 'French name of a region spanning countries'))
        for code in sorted(names):
            if re.fullmatch(r'\d{3}', code) or code in ('EU', 'EZ'):
                out.write(code + '\t' + names[code] + '\n')


if __name__ == '__main__':
    main()
