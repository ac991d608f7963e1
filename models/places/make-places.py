#!/usr/bin/env python3
"""Writes places-fr.tsv: places below the country level that maintained data
puts in one country, as "ISO 3166-1 alpha-2 <TAB> name <TAB> name ...".

Sources (both installed on Debian: apt-get install iso-codes tzdata):
- ISO 3166-2 subdivisions (regions, provinces, departments, prefectures, districts)
  from Debian's iso-codes, with their French translations where the Translation
  Project has one ("Floride"), and their own names ("Fukushima", "Bamako").
- The cities that name IANA time zones (tzdata zone1970.tab / zone.tab:
  "Europe/Madrid" -> Madrid, ES).

A name that two countries share in these sources ("Florida" in US and UY,
"Córdoba") is left out of places-fr.tsv and written, with its countries, to
places-shared-fr.tsv: a reader resolves it by the countries the article
names, else by a large city of that name, else not at all. Names that are
also country names are left to countries-fr.tsv.
"""
import gettext
import json
from collections import defaultdict

tr = gettext.translation("iso_3166-2", "/usr/share/locale", ["fr"])
subs = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json"))["3166-2"]
countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]
country_names = set()
for line in open("countries-fr.tsv", encoding="utf-8"):
    if not line.startswith("#"):
        for n in line.rstrip("\n").split("\t")[1:]:
            country_names.add(n.lower())

owners = defaultdict(set)


def add(name, cc):
    name = name.strip()
    if not name or len(name) < 3 or name.lower() in country_names:
        return
    owners[name].add(cc)


def variants(name):
    out = [name]
    if " (" in name:
        out.append(name.split(" (")[0])
    if ", " in name:  # "Madrid, Comunidad de" -> "Madrid"
        out.append(name.split(", ")[0])
    if " [" in name:
        out.append(name.split(" [")[0])
    return out


# ISO 3166-2:MC lists the quarters of one town. Those GeoNames holds as
# places of Monaco first stay ("Monte-Carlo", "La Condamine"); the rest fold
# to French words or name French towns ("La Gare" -> "gare", "Moulins") and
# are left out.
QUARTERS_OF_ONE_TOWN = {"MC"}
first_country = {}
for line in open("cities.tsv", encoding="utf-8"):
    if not line.startswith("#"):
        name, owners_ = line.rstrip("\n").split("\t")
        first_country[name] = owners_.split()[0].split(":")[0]

left_out = defaultdict(set)
for s in subs:
    cc = s["code"].split("-")[0]
    if cc in QUARTERS_OF_ONE_TOWN and first_country.get(s["name"]) != cc:
        left_out[cc].add(s["name"])
        continue
    for n in {s["name"], tr.gettext(s["name"])}:
        for v in variants(n):
            add(v, cc)

for tab in ("/usr/share/zoneinfo/zone1970.tab", "/usr/share/zoneinfo/zone.tab"):
    for line in open(tab, encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        ccs, zone = cols[0].split(","), cols[2]
        if len(ccs) != 1:
            continue
        city = zone.rsplit("/", 1)[-1].replace("_", " ")
        add(city, ccs[0])

by_cc = defaultdict(list)
for name, ccs in owners.items():
    if len(ccs) == 1:
        by_cc[next(iter(ccs))].append(name)

# The shared names, with their countries, to places-shared-fr.tsv: a reader
# then knows "Floride" names a US state as well as a Uruguayan department,
# rather than taking the cities table's one small Uruguayan town for it.
with open("places-shared-fr.tsv", "w", encoding="utf-8") as shared:
    shared.write("# name\tcountries it names a subdivision or zone city of (ISO 3166-2 via Debian iso-codes,"
                 " IANA tzdata); made by make-places.py\n")
    for name in sorted(n for n, ccs in owners.items() if len(ccs) > 1):
        shared.write(name + "\t" + " ".join(sorted(owners[name])) + "\n")

# The shipped NER model was trained while the left-out quarters were listed;
# its place feature reads them as listed until it is retrained.
with open("places-left-out-fr.tsv", "w", encoding="utf-8") as out:
    out.write("# alpha2\tquarters make-places.py leaves out of places-fr.tsv (ISO 3166-2 via Debian"
              " iso-codes); only the NER's place feature reads them\n")
    for cc in sorted(left_out):
        out.write(cc + "\t" + "\t".join(sorted(left_out[cc])) + "\n")

print("# alpha2\tplaces in that country (ISO 3166-2 via Debian iso-codes, LGPL-2.1-or-later;"
      " IANA tzdata zone cities, public domain); made by make-places.py")
for cc in sorted(by_cc):
    print(cc + "\t" + "\t".join(sorted(by_cc[cc])))
