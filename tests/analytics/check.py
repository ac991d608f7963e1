"""Analysts' first questions, asked with DuckDB of `recense extract corpus`'s
tables, and checked against figures read by hand from the articles.

Usage: python3 tests/analytics/check.py OUT_DIR   (run by .ci/run; needs
`pip install duckdb`). Exits 1 naming each check that fails.
"""
import sys

import duckdb

out = sys.argv[1]
con = duckdb.connect()
for table in ["articles", "facts", "fact_index", "cooccurrence", "entity_index"]:
    con.execute(f"create view {table} as select * from read_parquet('{out}/{table}.parquet')")

failures = []


def check(name, condition, detail):
    print(("ok      " if condition else "FAILED  ") + name + (f": {detail}" if not condition else ""))
    if not condition:
        failures.append(name)


# (a) People arrested per country, over deduplicated facts that are not parts.
arrested = dict(con.sql("""
    select coalesce(country, '?'), sum(value) from fact_index
    where event = 'ARREST' and unit_class = 'people' and part = 0 group by 1""").fetchall())
# seed: "d'arrêter 2 571 personnes" (no one country: 116 took part);
# 44374: "Quatre personnes ont été arrêtées" (no country named in its sentence)
check("(a) people arrested, no country, include the seed's 2 571 and 44374's 4",
      arrested.get("?", 0) >= 2571 + 4, arrested)
rescued_ar = con.sql("""
    select value, unit from facts where article = 'interpol-liberterra-ii' and event = 'RESCUE'
    and country = 'AR' order by value""").fetchall()
# seed: "En Argentine, par exemple, 14 mineurs et 45 autres victimes ont été libérés"
check("(a) the 14 minors freed in Argentina are counted under AR", (14.0, "mineur") in rescued_ar, rescued_ar)

# (b) Entities co-occurring with "France", by sentence count.
with_france = con.sql("""
    select case when entity_a = 'France' then entity_b else entity_a end, sentences, articles
    from cooccurrence where entity_a = 'France' or entity_b = 'France' order by sentences desc""").fetchall()
caire = [row for row in with_france if row[0] == "Caire"]
# 45527: "l'ambassade de France au Caire": Le Caire appears in one article only
check("(b) Caire co-occurs with France, in one article", caire and caire[0][1] >= 1 and caire[0][2] == 1, caire)

# (c) The seed article's facts with their sentence text.
seed = con.sql("""
    select quantity_text, event, value, unit, sentence_text from facts
    where article = 'interpol-liberterra-ii' order by quantity_start""").fetchall()
arrest = [row for row in seed if row[2] == 2571]
check("(c) the seed's 2 571 arrests carry their sentence",
      arrest and arrest[0][0] == "2 571" and arrest[0][1] == "ARREST" and "d’arrêter 2 571 personnes" in arrest[0][4], arrest)

# (d) The 10 largest facts, with sentence and title.
largest = con.sql("""
    select f.value, f.sentence_text, a.title from facts f join articles a using (article)
    where f.value is not null order by f.value desc limit 10""").fetchall()
check("(d) the 10 largest facts each have a sentence", len(largest) == 10 and all(r[1] for r in largest), largest)
check("(d) ... and a title (Wikinews .txt files open with theirs)", sum(1 for r in largest if r[2]) >= 9, largest)

# (e) Facts per month, the fact's date else its article's.
per_month = dict(con.sql("""
    select strftime(coalesce(date_start, article_date), '%Y-%m'), count(*) from facts group by 1""").fetchall())
# 44313 (22 June 2012, the Journées nationales de l'archéologie): "participer à 39 portes ouvertes"
open_days = con.sql("""
    select value, strftime(coalesce(date_start, article_date), '%Y-%m') from facts where article = '44313'""").fetchall()
check("(e) 44313's 39 open days fall in 2012-06", (39.0, "2012-06") in open_days, open_days)
check("(e) June 2012 has facts", per_month.get("2012-06", 0) > 0, per_month)
# 44635: "PSA Peugeot Citroën va supprimer pas moins de 8 000 postes en France"
psa = con.sql("select event, value, unit, country from facts where article = '44635' and value = 8000").fetchall()
check("(e) PSA's 8 000 jobs cut in France", ("EMPLOY", 8000.0, "poste", "FR") in psa, psa)
# 44555: "la suppression de 8 000 à 10 000 postes": a range
rng = con.sql("select value, value_max, approx from facts where article = '44555' and value = 8000").fetchall()
check("(e) a range keeps its upper bound", (8000.0, 10000.0, "range") in rng, rng)

sys.exit(1 if failures else 0)
