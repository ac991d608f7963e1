"""The Python package against the CLI: same records, same tables, pickling,
bad rows, and runs on Spark (local) and Ray (local). Run by `.ci/run` after
`maturin build`:  python tests/python/test_recense.py RECENSE_BINARY"""
import json
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

import recense

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seed" / "interpol-liberterra-ii.txt"
CLI = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target" / "release" / "recense")
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        raise AssertionError(what)
    print("ok  ", what)


def cli_tables(folder):
    out = Path(tempfile.mkdtemp())
    subprocess.run([CLI, "extract", str(folder), "--out", str(out), "--quiet"], check=True)
    return {t: pq.read_table(out / f"{t}.parquet") for t in ("articles", "entities", "quantities", "facts")}


def main():
    pipeline = recense.Pipeline()
    text = SEED.read_text(encoding="utf-8")

    # 1. analyse is `recense annotate`
    cli = json.loads(subprocess.run([CLI, "annotate", str(SEED)], check=True, capture_output=True, text=True).stdout)
    mine = pipeline.analyse(text, id=cli["doc"])
    for key in ("entities", "quantities", "facts", "date", "text_sha256"):
        check(mine.get(key) == cli.get(key), f"analyse: {key} equal to recense annotate's")
    check(any(f["event"] == "ARREST" and f["value"] == 2571 for f in mine["facts"]), "the seed's 2 571 arrested")

    # 2. annotate gives the CLI's tables: same columns, types and rows
    folder = Path(tempfile.mkdtemp())
    (folder / SEED.name).write_text(text, encoding="utf-8")
    expected = cli_tables(folder)
    tables = pipeline.annotate([text], ids=[SEED.stem])
    for name in ("entities", "quantities", "facts"):
        check(tables[name].schema == expected[name].schema, f"annotate: {name} schema is the Parquet file's")
        check(tables[name].to_pylist() == expected[name].to_pylist(), f"annotate: {name} rows equal the CLI's ({tables[name].num_rows})")
    got_articles = tables["articles"].drop_columns(["source"]).to_pylist()
    check(got_articles == expected["articles"].drop_columns(["source"]).to_pylist(), "annotate: the articles row (source aside)")
    check(tables["errors"].num_rows == 0, "annotate: no errors on the seed")

    # 3. bad rows are errors, the batch goes on; dates given are used
    mixed = pipeline.annotate([text, None, "Trois personnes ont été tuées lundi à Lyon.", "x"], ids=["seed", "null", "lyon", "bad"],
                              dates=[None, None, "2024-11-06", "06/11/2024"])
    errors = {e["id"]: e["reason"] for e in mixed["errors"].to_pylist()}
    check(set(errors) == {"null", "bad"}, f"annotate: a null text and a bad date are errors ({errors})")
    check(mixed["articles"].column("article").to_pylist() == ["seed", "lyon"], "annotate: the good rows, in order")
    lyon = [f for f in mixed["facts"].to_pylist() if f["article"] == "lyon"]
    check(lyon and lyon[0]["date"] == "2024-11-04" and lyon[0]["country"] == "FR", f"annotate: 'lundi' against the given date ({lyon})")

    # 4. pickling rebuilds the same pipeline
    again = pickle.loads(pickle.dumps(pipeline))
    check(again.analyse(text, id=cli["doc"]) == mine, "pickle: the unpickled pipeline gives the same record")

    # 5. annotate_batch: one table per call, string or large_string columns
    batch = pa.record_batch({"text": pa.array([text, None], pa.large_string()), "id": ["seed", "null"]})
    facts = pipeline.annotate_batch(batch)
    check(isinstance(facts, pa.RecordBatch) and facts.num_rows == tables["facts"].num_rows, "annotate_batch: facts of a large_string column")
    check(pipeline.annotate_batch(batch, table="errors").column("id").to_pylist() == ["null"], "annotate_batch: the null row in errors")
    try:
        pipeline.annotate_batch(batch, table="nope")
        check(False, "annotate_batch: an unknown table is an error")
    except ValueError as e:
        check("no table" in str(e), "annotate_batch: an unknown table is a ValueError naming it")

    # 6. Spark (local) and Ray (local) give the same facts
    texts = [text, "Trois personnes ont été tuées lundi à Lyon.", None]
    rows = [{"id": str(i), "text": t} for i, t in enumerate(texts)]
    reference = pipeline.annotate(texts, ids=[r["id"] for r in rows])
    key = lambda table: sorted((r["article"], r["quantity_start"], r["event"]) for r in table)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter, with pyarrow
    from pyspark.sql import SparkSession
    from recense import spark as rs
    session = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
    df = session.createDataFrame(rows, "id string, text string").repartition(2)
    out = rs.extract(df)
    check(key(r.asDict() for r in out["facts"].collect()) == key(reference["facts"].to_pylist()), "spark: the facts of annotate")
    check([r["id"] for r in out["errors"].collect()] == ["2"], "spark: the null text in errors")
    session.stop()
    import ray
    from recense import ray as rr
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    dataset = ray.data.from_items(rows)
    out = rr.extract(dataset)
    check(key(out["facts"].take_all()) == key(reference["facts"].to_pylist()), "ray: the facts of annotate")
    check([r["id"] for r in out["errors"].take_all()] == ["2"], "ray: the null text in errors")
    ray.shutdown()
    print(f"{checks} checks passed")


if __name__ == "__main__":
    main()
