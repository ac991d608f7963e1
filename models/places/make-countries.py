#!/usr/bin/env python3
"""Writes countries-fr.tsv: ISO 3166-1 alpha-2 code, then the country's French
names, from Debian's iso-codes package (apt-get install iso-codes), whose
French translations come from the Translation Project.

Names like "Corée, République de" are also written in reading order
("République de Corée"), and short forms without the parenthesised or
official part are added ("Bolivie" for "Bolivie, l'État plurinational de").
"""
import gettext
import json

translation = gettext.translation("iso_3166-1", "/usr/share/locale", ["fr"])
countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]

def variants(name):
    out = [name]
    if "(" in name:
        out.append(name.split("(")[0].strip())
    if ", " in name:
        head, tail = name.split(", ", 1)
        out.append(head)
        if tail[:1].isupper() or tail.startswith(("l'", "la ", "le ", "les ")):
            out.append(f"{tail} {head}" if not tail.endswith("'") else f"{tail}{head}")
    return out

print("# alpha2\tFrench names (Debian iso-codes " + "4.15, LGPL-2.1-or-later; see README.md)")
for c in sorted(countries, key=lambda c: c["alpha_2"]):
    names = []
    for source in (c["name"], c.get("common_name")):
        if source:
            for v in variants(translation.gettext(source)):
                if v and v not in names:
                    names.append(v)
    print(c["alpha_2"] + "\t" + "\t".join(names))
