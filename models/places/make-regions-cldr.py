#!/usr/bin/env python3
"""Writes regions-cldr-fr.tsv: the French names of the world's regions that
span several countries (continents and their parts, UN M.49 codes, and the
European Union) in the Unicode CLDR (via the PyPI package babel 2.19.0,
BSD-3-Clause; CLDR data under the Unicode licence), as "code <TAB> name".
A fact placed in one of them has no country. Read by recense-places beside
regions-usage-fr.tsv.

    pip install babel==2.19.0 && python3 make-regions-cldr.py
"""
import re

from babel import Locale


def main():
    names = Locale('fr').territories
    with open('regions-cldr-fr.tsv', 'w', encoding='utf-8') as out:
        out.write('# code\tFrench name of a region spanning countries (Unicode CLDR via babel 2.19.0; see README.md); made by make-regions-cldr.py\n')
        for code in sorted(names):
            if re.fullmatch(r'\d{3}', code) or code in ('EU', 'EZ'):
                out.write(code + '\t' + names[code] + '\n')


if __name__ == '__main__':
    main()
