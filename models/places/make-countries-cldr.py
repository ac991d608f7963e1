#!/usr/bin/env python3
"""Writes countries-cldr-fr.tsv: the French names of countries in the
Unicode CLDR (via the PyPI package babel 2.19.0, BSD-3-Clause; CLDR data
under the Unicode licence), as "ISO 3166-1 alpha-2 <TAB> names". The
usual short names ("Syrie", "Russie", "Iran", "Viêt Nam") that the
iso-codes translations of countries-fr.tsv lack; read by recense-facts'
gazetteer beside countries-fr.tsv. Parenthesised alternatives become names
of their own ("Myanmar (Birmanie)" gives "Myanmar" and "Birmanie").

    pip install babel==2.19.0 && python3 make-countries-cldr.py
"""
import re

from babel import Locale


def main():
    names = Locale('fr').territories
    with open('countries-cldr-fr.tsv', 'w', encoding='utf-8') as out:
        out.write('# alpha2\tFrench names (Unicode CLDR via babel 2.19.0; see README.md); made by make-countries-cldr.py\n')
        for code in sorted(names):
            if not re.fullmatch(r'[A-Z]{2}', code) or code in ('EU', 'EZ', 'UN', 'ZZ', 'QO'):
                continue
            name = names[code]
            forms = [name]
            m = re.fullmatch(r'(.+?) \((.+)\)', name)
            if m:
                forms = [m.group(1), m.group(2)]
            out.write(code + '\t' + '\t'.join(forms) + '\n')


if __name__ == '__main__':
    main()
